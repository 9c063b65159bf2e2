package dev.sluice.deploy.local;

import dev.sluice.deploy.TerseException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port is free before a server tries it, so the user sees which option to change. */
public final class Ports {

    private Ports() {
    }

    /**
     * Returns quietly when {@code port} is 0 (any free port) or can be bound now.
     *
     * @param option the command-line option that chose the port, for the message
     * @throws TerseException when something already listens on the port
     */
    public static void requireFree(int port, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new TerseException("port " + port + " is in use; choose another with " + option
                    + ", or " + option + " 0 for any free port");
        }
    }
}
