package dev.sluice.deploy.local;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.deploy.TerseException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortInUseIsRefusedNamingTheOptionThatChoseIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Ports.requireFree(port, "--http-port"))
                    .isInstanceOf(TerseException.class)
                    .hasMessage("port " + port + " is in use; choose another with --http-port, or --http-port 0 for any free port");
        }
    }

    @Test
    void portZeroAlwaysPasses() {
        assertThatCode(() -> Ports.requireFree(0, "--http-port")).doesNotThrowAnyException();
    }
}
