package dev.sluice.worker.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClamdScannerTest {

    @Test
    void aFileIsStreamedInChunksOfAtMost64KiBEndedByAnEmptyChunk() throws Exception {
        byte[] content = new byte[200 * 1024];
        new Random(7).nextBytes(content);
        try (FakeClamd clamd = FakeClamd.answering("stream: OK")) {
            ScanVerdict verdict = new ClamdScanner(clamd.settings(5000)).scan(new ByteArrayInputStream(content));

            assertThat(verdict).isEqualTo(new ScanVerdict.Clean());
            FakeClamd.Stream stream = clamd.streams.get(0);
            assertThat(stream.command()).isEqualTo("zINSTREAM");
            assertThat(stream.chunkLengths()).containsExactly(65536, 65536, 65536, 8192);
            assertThat(stream.data()).isEqualTo(content);
        }
    }

    @Test
    void anEmptyFileIsOneEmptyChunk() throws Exception {
        try (FakeClamd clamd = FakeClamd.answering("stream: OK")) {
            assertThat(new ClamdScanner(clamd.settings(5000)).scan(new ByteArrayInputStream(new byte[0])))
                    .isEqualTo(new ScanVerdict.Clean());
            assertThat(clamd.streams.get(0).chunkLengths()).isEmpty();
        }
    }

    @Test
    void aFoundSignatureIsTheVerdict() throws Exception {
        try (FakeClamd clamd = FakeClamd.answering("stream: Eicar-Test-Signature FOUND")) {
            assertThat(new ClamdScanner(clamd.settings(5000)).scan(new ByteArrayInputStream(new byte[10])))
                    .isEqualTo(new ScanVerdict.Infected("Eicar-Test-Signature"));
        }
    }

    @Test
    void aStreamOverClamdsLimitIsRefusedForGoodSayingWhatToChange() throws Exception {
        try (FakeClamd clamd = new FakeClamd(FakeClamd.Mode.LIMIT, "INSTREAM size limit exceeded. ERROR", 100_000)) {
            ClamdScanner scanner = new ClamdScanner(clamd.settings(5000));

            assertScanFails(scanner, 4 << 20, false, "clamd at " + address(clamd) + " refused the file: 'INSTREAM "
                    + "size limit exceeded.', it is larger than clamd's StreamMaxLength; raise StreamMaxLength in "
                    + "clamd.conf, or lower config.maxFileSize below it");
        }
    }

    @Test
    void anotherErrorMayPassAndIsRetryable() throws Exception {
        try (FakeClamd clamd = FakeClamd.answering("Can't allocate memory ERROR")) {
            assertScanFails(new ClamdScanner(clamd.settings(5000)), 10, true,
                    "clamd at " + address(clamd) + " could not scan the file: 'Can't allocate memory'");
        }
    }

    @Test
    void aDaemonThatGivesNoVerdictInTimeIsARetryableTimeout() throws Exception {
        try (FakeClamd clamd = new FakeClamd(FakeClamd.Mode.SILENT, "", Integer.MAX_VALUE)) {
            long start = System.nanoTime();
            assertScanFails(new ClamdScanner(clamd.settings(300)), 10, true,
                    "clamd at " + address(clamd) + " gave no verdict within 300 ms (sluice.clamd.timeout)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
        }
    }

    @Test
    void aDaemonThatIsNotThereIsARetryableFailureNamingTheSetting() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        ClamdScanner scanner = new ClamdScanner(new ClamdSettings(new ClamdAddress("127.0.0.1", port), Duration.ofSeconds(2)));

        assertScanFails(scanner, 10, true,
                "cannot reach clamd at 127.0.0.1:" + port + " (sluice.clamd.address): Connection refused");
        assertThat(scanner.ping()).isFalse();
    }

    @Test
    void somethingThatIsNotClamdIsRefusedForGood() throws Exception {
        try (FakeClamd clamd = FakeClamd.answering("HTTP/1.1 400 Bad Request")) {
            assertScanFails(new ClamdScanner(clamd.settings(5000)), 10, false, "clamd at " + address(clamd)
                    + " answered 'HTTP/1.1 400 Bad Request', which is no INSTREAM reply; is that the address of a clamd daemon?");
        }
    }

    @Test
    void pingIsTrueWhenTheDaemonAnswersPong() throws Exception {
        try (FakeClamd clamd = FakeClamd.answering("unused")) {
            assertThat(new ClamdScanner(clamd.settings(5000)).ping()).isTrue();
        }
    }

    @Test
    void aStoppedScanEndsBetweenChunks() throws Exception {
        try (FakeClamd clamd = FakeClamd.answering("stream: OK")) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> new ClamdScanner(clamd.settings(5000)).scan(new ByteArrayInputStream(new byte[10])))
                    .isInstanceOf(InterruptedException.class);
            assertThat(Thread.interrupted()).isFalse();
        }
    }

    @Test
    void describeNamesTheAddress() throws IOException {
        assertThat(new ClamdScanner(new ClamdSettings(new ClamdAddress("::1", 3310), Duration.ofSeconds(1))).describe())
                .isEqualTo("clamd at [::1]:3310");
        assertThat(List.of(ClamdAddress.parse("x", "clamav.ops.svc:3310"), ClamdAddress.parse("x", "[::1]:3310")))
                .containsExactly(new ClamdAddress("clamav.ops.svc", 3310), new ClamdAddress("::1", 3310));
    }

    private static void assertScanFails(ClamdScanner scanner, int bytes, boolean retryable, String message) {
        assertThatThrownBy(() -> scanner.scan(new ByteArrayInputStream(new byte[bytes])))
                .isInstanceOfSatisfying(ScanFailure.class, failure -> {
                    assertThat(failure.retryable()).isEqualTo(retryable);
                    assertThat(failure.getMessage()).isEqualTo(message);
                });
    }

    private static String address(FakeClamd clamd) {
        return clamd.settings(1).address().toString();
    }
}
