package dev.sluice.it;

import static org.awaitility.Awaitility.await;

import dev.sluice.worker.scan.ClamdAddress;
import dev.sluice.worker.scan.ClamdScanner;
import dev.sluice.worker.scan.ClamdSettings;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real ClamAV daemon for a test: Debian's {@code clamd}, started in the foreground in a temporary
 * directory with a configuration of its own (TCP on a free loopback port) and only the signature
 * databases the test writes, since signatures cannot be downloaded here. Ready once it answers PING.
 * Without clamd installed it fails, saying what to install: the tests that need it never skip.
 */
final class ClamdDaemon implements AutoCloseable {

    private static final List<String> SEARCHED = List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin");

    private final Process process;
    private final ClamdAddress address;
    private final Path dir;
    private final Path log;

    private ClamdDaemon(Process process, ClamdAddress address, Path dir) {
        this.process = process;
        this.address = address;
        this.dir = dir;
        this.log = dir.resolve("clamd.log");
    }

    /**
     * Starts clamd with {@code databases}: file name (its extension tells clamd the format, such as
     * {@code .hdb} or {@code .ndb}) to its lines. Returns once it answers PING, within 60 s.
     */
    static ClamdDaemon start(Map<String, String> databases) throws IOException {
        Path clamd = binary();
        Path dir = Files.createTempDirectory("sluice-clamd");
        Path db = Files.createDirectories(dir.resolve("db"));
        for (Map.Entry<String, String> database : databases.entrySet()) {
            Files.writeString(db.resolve(database.getKey()), database.getValue(), StandardCharsets.US_ASCII);
        }
        ClamdAddress address = new ClamdAddress("127.0.0.1", freePort());
        Path conf = dir.resolve("clamd.conf");
        Files.writeString(conf, String.join("\n",
                "Foreground yes",
                "TCPSocket " + address.port(),
                "TCPAddr " + address.host(),
                "DatabaseDirectory " + db,
                "TemporaryDirectory " + Files.createDirectories(dir.resolve("tmp")),
                "LogFile " + dir.resolve("clamd.log"),
                "PidFile " + dir.resolve("clamd.pid"),
                "StreamMaxLength 10M",
                ""));
        Process process = new ProcessBuilder(clamd.toString(), "--config-file=" + conf)
                .redirectErrorStream(true).redirectOutput(dir.resolve("clamd.out").toFile()).start();
        ClamdDaemon daemon = new ClamdDaemon(process, address, dir);
        daemon.awaitReady();
        return daemon;
    }

    /** Where it listens, as {@code sluice.clamd.address} takes it. */
    ClamdAddress address() {
        return address;
    }

    private void awaitReady() throws IOException {
        ClamdScanner scanner = new ClamdScanner(new ClamdSettings(address, Duration.ofSeconds(5)));
        try {
            await("clamd answering PING on " + address).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !process.isAlive() || scanner.ping());
        } catch (RuntimeException e) {
            String text = logText();
            close();
            throw new AssertionError("clamd did not start: " + text, e);
        }
        if (!process.isAlive()) {
            String text = logText();
            close();
            throw new AssertionError("clamd exited with " + process.exitValue() + ": " + text);
        }
    }

    private String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    /** Asks clamd to stop (SIGTERM), kills it when it has not within 10 s, and removes its directory. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary directory left behind harms nothing
        }
    }

    private static Path binary() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(SEARCHED);
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, "clamd")).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new AssertionError("clamd is not installed, and this test runs a real "
                        + "ClamAV daemon: install Debian's clamav-daemon package (apt-get install -y clamav-daemon; "
                        + ".ci/run does so when clamd is missing)"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
