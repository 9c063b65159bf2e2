package dev.sluice.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading workbooks that Apache POI wrote. */
class PoiWorkbookTest {
    @TempDir
    static Path dir;
    static Path customers;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        customers = PoiWorkbooks.customers(dir);
    }

    @Test
    void everySheetIsListedWithItsIndexAndName() throws IOException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(customers)) {
            assertThat(workbook.sheets()).containsExactly(
                    new XlsxSheet(0, "Customers"), new XlsxSheet(1, "Orders"), new XlsxSheet(2, "Empty"));
        }
    }

    @Test
    void theHeaderRowNamesTheFields() throws IOException {
        assertThat(Sheets.fields(customers, "Customers"))
                .containsExactly("id", "name", "joined", "balance", "active", "last_login", "wake_up", "note");
        assertThat(Sheets.fields(customers, "Orders")).containsExactly("sku", "column_2", "qty");
    }

    @Test
    void numbersDatesBooleansAndTextReadAsTheirValues() throws IOException {
        List<XlsxRow> rows = Sheets.rows(customers, "Customers", true);

        assertThat(rows.get(0)).isEqualTo(new XlsxRow(1, List.of(
                1L, "Zoë Ångström", "2024-03-15", new BigDecimal("1234.5"), true, "2024-03-15T13:45:30", "07:30:00", "=1+2")));
        assertThat(rows.get(1)).isEqualTo(new XlsxRow(2, Arrays.asList(
                2L, "李雷", "2023-12-31", new BigDecimal("-0.25"), false, null, null, null)));
    }

    @Test
    void aFormulaReadsAsItsSavedValueAndAnErrorAsItsText() throws IOException {
        XlsxRow third = Sheets.rows(customers, "Customers", true).get(2);

        assertThat(third.rowIndex()).isEqualTo(5);
        assertThat(third.values()).containsExactly(3L, null, null, 2469L, true, null, null, "#DIV/0!");
    }

    @Test
    void rowsWithoutValuesAreSkippedAndRowIndexesAreSheetRowsMinusOne() throws IOException {
        List<XlsxRow> rows = Sheets.rows(customers, "Customers", true);

        assertThat(rows).extracting(XlsxRow::rowIndex).containsExactly(1L, 2L, 5L, 6L);
        assertThat(rows.get(3).values()).containsExactly(null, "", null, null, null, null, null, null);
    }

    @Test
    void aRowShorterThanTheHeaderIsPaddedAndALongerOneKeepsItsExtraValues() throws IOException {
        assertThat(Sheets.rows(customers, "Orders", true)).extracting(XlsxRow::rowIndex, XlsxRow::values).containsExactly(
                tuple(1L, List.of("X1", "first", 2L)),
                tuple(2L, Arrays.asList("Y2", null, 10L, "beyond the header")));
    }

    @Test
    void withoutHeadersTheFirstRowIsDataAndFieldsAreNumbered() throws IOException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(customers);
             XlsxSheetReader reader = workbook.read(Sheets.sheet(workbook, "Orders"), false)) {
            assertThat(reader.fields()).containsExactly("column_1", "column_2", "column_3");
            assertThat(reader.next()).isEqualTo(new XlsxRow(0, List.of("sku", "", "qty")));
        }
    }

    @Test
    void anEmptySheetHasNoFieldsAndNoRows() throws IOException {
        assertThat(Sheets.fields(customers, "Empty")).isEmpty();
        assertThat(Sheets.rows(customers, "Empty", true)).isEmpty();
    }
}
