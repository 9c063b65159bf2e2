package dev.sluice.worker.handlers;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.formats.xlsx.XlsxWriter;
import dev.sluice.worker.scan.ClamdSettings;
import dev.sluice.worker.scan.ScanFailure;
import dev.sluice.worker.scan.ScanVerdict;
import dev.sluice.worker.scan.VirusScanner;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileValidateHandlerTest {

    private static final List<String> GUIDE_TYPES = List.of("csv", "xlsx", "json");
    private static final byte[] CSV = "id,name\n1,Ada\n2,Grace\n".getBytes(UTF_8);

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final FakeScanner scanner = new FakeScanner();
    private final FileValidateHandler handler = new FileValidateHandler(Optional.of(scanner));

    @Test
    void aCleanCsvPassesWithItsVerdictAsTheResultAfterAWholeScan() throws Exception {
        FileMeta file = data.store("file_1", "customers.csv", CSV);

        BatchResult result = handler.run(batch(file, 50L << 20, GUIDE_TYPES, true), context);

        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("fileId", "file_1");
        verdict.put("size", (long) CSV.length);
        verdict.put("detectedType", "csv");
        verdict.put("scanned", true);
        verdict.put("virus", null);
        assertThat(result.output()).isEqualTo(Map.of("result", verdict));
        assertThat(result.records()).isZero();
        assertThat(scanner.scanned).containsExactly(new String(CSV, UTF_8));
    }

    @Test
    void withoutScanForVirusesNothingIsScanned() throws Exception {
        FileMeta file = data.store("file_1", "customers.csv", CSV);

        BatchResult result = handler.run(batch(file, null, GUIDE_TYPES, false), context);

        assertThat(result.output().get("result")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("scanned", false).containsEntry("detectedType", "csv");
        assertThat(scanner.scanned).isEmpty();
    }

    @Test
    void aCsvThatIsReallyAnExecutableFailsAsInvalidInputNamingWhatItIs() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0};
        FileMeta file = data.store("file_1", "customers.csv", elf);

        assertInvalid(batch(file, null, GUIDE_TYPES, false),
                "content is not one of csv, xlsx, json: it is an ELF executable, not csv, json or xlsx");
    }

    @Test
    void aZipThatIsNoWorkbookFailsSayingWhatItLacks() throws Exception {
        FileMeta file = data.store("file_1", "report.xlsx", notesZip());

        assertInvalid(batch(file, null, GUIDE_TYPES, false), "content is not one of csv, xlsx, json: it is a zip "
                + "archive, but not an xlsx workbook: it has no [Content_Types].xml");
    }

    @Test
    void aWorkbookIsAnXlsx() throws Exception {
        FileMeta file = data.store("file_1", "report.xlsx", workbook());

        assertThat(handler.run(batch(file, null, List.of("xlsx"), false), context).output().get("result"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("detectedType", "xlsx");
    }

    @Test
    void jsonThatIsNotJsonFailsWithTheParsersReason() {
        FileMeta file = data.store("file_1", "data.json", "[\n  {\"name\": \"Ada\", \"age\": 36},\n  {\"name\": \"Grace\", \"age\": }\n]\n"
                .getBytes(UTF_8));

        assertThatThrownBy(() -> handler.run(batch(file, null, GUIDE_TYPES, false), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> {
                    assertThat(failure.code()).isEqualTo("invalid_input");
                    assertThat(failure.getMessage()).startsWith("content is not one of csv, xlsx, json: it starts like "
                            + "JSON but is not JSON: Unexpected character ('}'");
                });
    }

    @Test
    void aTypeTheJobDoesNotAllowFailsNamingTheTypeFound() {
        FileMeta file = data.store("file_1", "data.csv", "[{\"a\": 1}]".getBytes(UTF_8));

        assertInvalid(batch(file, null, List.of("csv", "xlsx"), false), "content is json, not one of csv, xlsx");
    }

    @Test
    void aFileOverMaxFileSizeFailsUnreadAndUnscanned() {
        byte[] big = new byte[3000];
        FileMeta file = data.store("file_1", "big.csv", big);

        assertInvalid(batch(file, 1024L, GUIDE_TYPES, true),
                "file is 2.9 KB (3000 bytes), over maxFileSize 1 KB (1024 bytes)");
        assertThat(scanner.scanned).isEmpty();
    }

    @Test
    void aVirusFailsTheFileNamingItsSignatureAheadOfOtherFindings() {
        scanner.found = "Eicar-Test-Signature";
        FileMeta file = data.store("file_1", "eicar.csv", "not a table".getBytes(UTF_8));

        assertInvalid(batch(file, null, GUIDE_TYPES, true), "virus found: Eicar-Test-Signature; content is not one of "
                + "csv, xlsx, json: it is text, but no delimiter (, ; tab |) gives its first lines a consistent number of fields");
    }

    @Test
    void aScanAskedOfAWorkerWithoutAScannerFailsForGoodNamingTheSetting() {
        FileMeta file = data.store("file_1", "customers.csv", CSV);
        FileValidateHandler unscanned = new FileValidateHandler(Optional.empty());

        assertThatThrownBy(() -> unscanned.run(batch(file, null, GUIDE_TYPES, true), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.code()).isNull();
                    assertThat(failure.getMessage()).isEqualTo("config.scanForViruses is true, but this worker has no "
                            + "virus scanner: set sluice.clamd.address (a JVM system property, or the environment "
                            + "variable SLUICE_CLAMD_ADDRESS) to the host:port of a clamd daemon");
                });
    }

    @Test
    void aScannerFailureKeepsWhetherItIsRetryable() {
        FileMeta file = data.store("file_1", "customers.csv", CSV);
        scanner.failure = new ScanFailure("cannot reach clamd at 127.0.0.1:1 (sluice.clamd.address): Connection refused", true);

        assertThatThrownBy(() -> handler.run(batch(file, null, GUIDE_TYPES, true), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.code()).isNull();
                    assertThat(failure.getMessage()).isEqualTo("virus scan of file file_1 failed: cannot reach clamd "
                            + "at 127.0.0.1:1 (sluice.clamd.address): Connection refused");
                });
    }

    @Test
    void aClamdAddressThatIsNoAddressStopsTheWorkerFromStarting() {
        System.setProperty(ClamdSettings.ADDRESS, "clamd.local");
        try {
            assertThatThrownBy(() -> HandlerRegistry.discover(getClass().getClassLoader()))
                    .isInstanceOf(ServiceConfigurationError.class).cause().hasMessage("sluice.clamd.address: "
                            + "'clamd.local' is not a clamd address such as 127.0.0.1:3310 (host:port)");
        } finally {
            System.clearProperty(ClamdSettings.ADDRESS);
        }
    }

    @Test
    void sizesReadInTheLargestUnitThatKeepsAtLeastOne() {
        assertThat(SizeCheck.human(1)).isEqualTo("1 byte");
        assertThat(SizeCheck.human(1023)).isEqualTo("1023 bytes");
        assertThat(SizeCheck.human(1024)).isEqualTo("1 KB");
        assertThat(SizeCheck.human(64_172_851)).isEqualTo("61.2 MB");
        assertThat(SizeCheck.human((1L << 20) - 1)).isEqualTo("1 MB");
        assertThat(SizeCheck.human(5L << 40)).isEqualTo("5 TB");
        assertThat(SizeCheck.problem(50L << 20, 50L << 20)).isEmpty();
    }

    private void assertInvalid(Batch batch, String message) {
        assertThatThrownBy(() -> handler.run(batch, context)).isInstanceOfSatisfying(BatchFailure.class, failure -> {
            assertThat(failure.retryable()).isFalse();
            assertThat(failure.code()).isEqualTo("invalid_input");
            assertThat(failure.getMessage()).isEqualTo(message);
        });
    }

    @SuppressWarnings("unchecked")
    private static Batch batch(FileMeta file, Long maxFileSize, List<String> allowedTypes, boolean scan) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("file", Json.convert(file, Map.class));
        input.put("maxFileSize", maxFileSize);
        input.put("allowedTypes", allowedTypes);
        input.put("scanForViruses", scan);
        return new Batch("job_1", "validate", file.id(), Map.of(), 0, 0, 0, -1, input);
    }

    /** A zip archive holding one text file: a zip, but no workbook. */
    private static byte[] notesZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("remember the milk".getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] workbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter writer = XlsxWriter.to(bytes)) {
            writer.startSheet("customers", List.of("id", "name"));
            writer.writeRow(List.of(1, "Ada"));
        }
        return bytes.toByteArray();
    }

    /** Records what it scanned; finds {@link #found} when set, or fails with {@link #failure}. */
    private static final class FakeScanner implements VirusScanner {
        final List<String> scanned = new ArrayList<>();
        String found;
        ScanFailure failure;

        @Override
        public ScanVerdict scan(InputStream content) throws ScanFailure, IOException {
            scanned.add(new String(content.readAllBytes(), UTF_8));
            if (failure != null) {
                throw failure;
            }
            return found == null ? new ScanVerdict.Clean() : new ScanVerdict.Infected(found);
        }

        @Override
        public String describe() {
            return "a fake scanner";
        }
    }
}
