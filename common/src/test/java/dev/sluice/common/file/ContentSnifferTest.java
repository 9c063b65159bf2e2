package dev.sluice.common.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private static String sniff(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ContentSniffer.sniff(bytes, bytes.length);
    }

    private static String sniff(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return ContentSniffer.sniff(bytes, bytes.length);
    }

    @Test
    void delimitedTextIsCsv() {
        assertThat(sniff("id,name\n1,Ada\n")).isEqualTo(ContentSniffer.CSV);
        assertThat(sniff("id;name\r\n1;Ada\r\n")).isEqualTo(ContentSniffer.CSV);
        assertThat(sniff("id\tname\n")).isEqualTo(ContentSniffer.CSV);
        assertThat(sniff("\uFEFFid,name\n")).isEqualTo(ContentSniffer.CSV);
    }

    @Test
    void textWithoutDelimiterInItsFirstLineIsPlain() {
        assertThat(sniff("hello world\nsecond, line\n")).isEqualTo(ContentSniffer.TEXT);
        assertThat(sniff("naïve café")).isEqualTo(ContentSniffer.TEXT);
    }

    @Test
    void anEmptyFileIsText() {
        assertThat(sniff(new int[0])).isEqualTo(ContentSniffer.TEXT);
    }

    @Test
    void jsonStartsWithABracket() {
        assertThat(sniff("  {\"a\": 1}")).isEqualTo(ContentSniffer.JSON);
        assertThat(sniff("[1,2,3]")).isEqualTo(ContentSniffer.JSON);
    }

    @Test
    void zipArchivesAreZip() {
        assertThat(sniff('P', 'K', 3, 4, 20, 0, 0, 0)).isEqualTo(ContentSniffer.ZIP);
        assertThat(sniff('P', 'K', 5, 6, 0, 0)).isEqualTo(ContentSniffer.ZIP);
        assertThat(sniff("PK is not a zip")).isEqualTo(ContentSniffer.TEXT);
    }

    @Test
    void controlBytesOrInvalidUtf8AreBinary() {
        assertThat(sniff(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')).isEqualTo(ContentSniffer.BINARY);
        assertThat(sniff('a', 'b', 0, 'c')).isEqualTo(ContentSniffer.BINARY);
        assertThat(sniff('a', 0xC3, 'b')).isEqualTo(ContentSniffer.BINARY);
    }

    @Test
    void aCharacterCutOffByTheEndOfTheHeadIsStillText() {
        byte[] cafe = "caf\u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentSniffer.sniff(cafe, cafe.length - 1)).isEqualTo(ContentSniffer.TEXT);
    }
}
