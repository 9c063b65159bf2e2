package dev.sluice.worker.scan;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A {@link VirusScanner} that streams bytes to a ClamAV daemon over TCP with its INSTREAM command:
 * {@code zINSTREAM\0}, then chunks, each a 4-byte big-endian length and that many bytes, then a
 * chunk of length 0; clamd answers one NUL-terminated line (see {@link ClamdReply}). One connection
 * per scan, so scans run in parallel and share nothing.
 */
public final class ClamdScanner implements VirusScanner {

    /** Bytes sent per INSTREAM chunk. */
    static final int CHUNK_SIZE = 64 << 10;
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_REPLY_BYTES = 4096;
    private static final byte[] INSTREAM = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PING = "zPING\0".getBytes(StandardCharsets.US_ASCII);

    private final ClamdSettings settings;

    public ClamdScanner(ClamdSettings settings) {
        this.settings = settings;
    }

    @Override
    public String describe() {
        return "clamd at " + settings.address();
    }

    @Override
    public ScanVerdict scan(InputStream content) throws ScanFailure, IOException, InterruptedException {
        try (Socket socket = connect()) {
            IOException sendError = send(content, socket.getOutputStream());
            String reply;
            try {
                reply = readReply(socket);
            } catch (SocketTimeoutException e) {
                throw new ScanFailure(describe() + " gave no verdict within " + settings.timeout().toMillis()
                        + " ms (" + ClamdSettings.TIMEOUT + ")", true, e);
            } catch (IOException e) {
                IOException cause = sendError != null ? sendError : e;
                throw new ScanFailure(describe() + " broke off the scan: " + cause.getMessage(), true, cause);
            }
            if (reply.isEmpty() && sendError != null) {
                throw new ScanFailure(describe() + " broke off the scan: " + sendError.getMessage(), true, sendError);
            }
            return ClamdReply.parse(reply, describe());
        }
    }

    /** True when the daemon answers {@code PING} with {@code PONG}: it is up and has loaded its signatures. */
    public boolean ping() {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(PING);
            socket.getOutputStream().flush();
            return "PONG".equals(readReply(socket));
        } catch (IOException | ScanFailure e) {
            return false;
        }
    }

    private Socket connect() throws ScanFailure {
        Socket socket = new Socket();
        try {
            Duration connect = settings.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0 ? settings.timeout()
                    : MAX_CONNECT_TIMEOUT;
            socket.connect(new InetSocketAddress(settings.address().host(), settings.address().port()),
                    (int) connect.toMillis());
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis()));
            return socket;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new ScanFailure("cannot reach " + describe() + " (" + ClamdSettings.ADDRESS + "): "
                    + reason(e), true, e);
        }
    }

    /**
     * Sends the command and every chunk of {@code content}. A write that fails is returned, not
     * thrown: clamd closes the connection when it refuses a stream (too large), and its reply,
     * still to be read, says why. A failure to read {@code content} is thrown.
     */
    private static IOException send(InputStream content, OutputStream socket) throws IOException, InterruptedException {
        OutputStream out = new BufferedOutputStream(socket, CHUNK_SIZE + 4);
        byte[] chunk = new byte[CHUNK_SIZE];
        try {
            out.write(INSTREAM);
        } catch (IOException e) {
            return e;
        }
        int length;
        do {
            length = content.readNBytes(chunk, 0, chunk.length);
            if (Thread.interrupted()) {
                throw new InterruptedException("the scan was stopped");
            }
            try {
                out.write(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
                out.write(chunk, 0, length);
                if (length == 0) {
                    out.flush();
                }
            } catch (IOException e) {
                return e;
            }
        } while (length > 0);
        return null;
    }

    /** The reply up to its terminating NUL or the end of the stream, without the NUL. */
    private static String readReply(Socket socket) throws IOException, ScanFailure {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            if (reply.size() == MAX_REPLY_BYTES) {
                throw new ScanFailure("clamd's reply is longer than " + MAX_REPLY_BYTES + " bytes", false);
            }
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8);
    }

    private static String reason(IOException e) {
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing was sent on it
        }
    }
}
