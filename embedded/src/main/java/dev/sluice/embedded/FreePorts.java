package dev.sluice.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks TCP ports on 127.0.0.1 that are free at the time of the call. */
public final class FreePorts {

    private FreePorts() {
    }

    /**
     * Returns a port that was free on the loopback interface a moment ago. Another process
     * may still take it before the caller binds it, so use it promptly.
     */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        }
    }
}
