package dev.sluice.worker.scan;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server on loopback that speaks as much of clamd's protocol as the tests need: it reads
 * {@code zPING} or {@code zINSTREAM} and its chunks, records them, and answers as its {@link Mode}
 * says. One connection at a time, on a daemon thread, until closed.
 */
final class FakeClamd implements AutoCloseable {

    enum Mode {
        /** Reads the whole stream and answers {@code reply}. */
        ANSWER,
        /** Reads {@code limit} bytes of data, answers {@code reply} and closes, as clamd does past StreamMaxLength. */
        LIMIT,
        /** Reads the whole stream and never answers. */
        SILENT
    }

    /** What one INSTREAM connection sent. */
    record Stream(String command, List<Integer> chunkLengths, byte[] data) {
    }

    final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final Mode mode;
    private final String reply;
    private final int limit;

    FakeClamd(Mode mode, String reply, int limit) throws IOException {
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.mode = mode;
        this.reply = reply;
        this.limit = limit;
        Thread thread = new Thread(this::serve, "fake-clamd");
        thread.setDaemon(true);
        thread.start();
    }

    static FakeClamd answering(String reply) throws IOException {
        return new FakeClamd(Mode.ANSWER, reply, Integer.MAX_VALUE);
    }

    ClamdSettings settings(long timeoutMs) {
        return new ClamdSettings(new ClamdAddress("127.0.0.1", server.getLocalPort()), java.time.Duration.ofMillis(timeoutMs));
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                handle(socket);
            } catch (IOException e) {
                // closed, or the client went away; serve the next one
            }
        }
    }

    private void handle(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        String command = readCommand(in);
        if (command.equals("zPING")) {
            answer(out, "PONG");
            return;
        }
        List<Integer> lengths = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int length = in.readInt(); length > 0; length = in.readInt()) {
            lengths.add(length);
            data.write(in.readNBytes(length));
            if (mode == Mode.LIMIT && data.size() >= limit) {
                answer(out, reply);
                streams.add(new Stream(command, lengths, data.toByteArray()));
                return;
            }
        }
        streams.add(new Stream(command, lengths, data.toByteArray()));
        if (mode == Mode.SILENT) {
            in.read(); // until the client gives up and closes
            return;
        }
        answer(out, reply);
    }

    private static String readCommand(InputStream in) throws IOException {
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            command.write(b);
        }
        return command.toString(StandardCharsets.US_ASCII);
    }

    private static void answer(OutputStream out, String text) throws IOException {
        out.write((text + "\0").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
