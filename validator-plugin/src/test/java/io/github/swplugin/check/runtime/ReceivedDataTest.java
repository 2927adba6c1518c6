package io.github.swplugin.check.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.swplugin.check.ConfigurationException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Received data from a file or the collector's URL; bad sources fail with a message that names them. */
class ReceivedDataTest {
    @TempDir
    Path dir;

    @Test
    void aSavedDumpIsReadFromAFile() throws IOException {
        Files.writeString(dir.resolve("dump.yml"), CollectorAssertTest.resource("received.yml"));
        assertThat(ReceivedData.parse(ReceivedData.read("dump.yml", dir, 1 << 20), "dump.yml").segmentItems()).hasSize(2);
    }

    @Test
    void theCollectorsUrlIsRead() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = CollectorAssertTest.resource("received.yml").getBytes(StandardCharsets.UTF_8);
        server.createContext("/receiveData", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/receiveData";
            assertThat(ReceivedData.read(url, dir, 1 << 20)).isEqualTo(new String(body, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> ReceivedData.read(url.replace("receiveData", "other"), dir, 1 << 20))
                    .isInstanceOf(ConfigurationException.class).hasMessageEndingWith("/other: the collector answered HTTP 404"
                            + " instead of its data");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRefusedConnectionSaysWhatToStart() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/receiveData";
        assertThatThrownBy(() -> ReceivedData.read(url, dir, 1 << 20)).isInstanceOf(ConfigurationException.class)
                .hasMessage(url + ": connection refused: start the test's compose services (docker compose up) or give"
                        + " a saved dump with -Dswplugin.received=<file>");
    }

    @Test
    void aCollectorThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/receiveData";
            assertThatThrownBy(() -> ReceivedData.read(url, dir, 1 << 20, Duration.ofMillis(300)))
                    .isInstanceOf(ConfigurationException.class).hasMessage(url + ": no answer within 300 ms");
        }
    }

    @Test
    void badDumpsAreRefusedWithTheirSource() throws IOException {
        Files.writeString(dir.resolve("empty.yml"), "\n");
        Files.writeString(dir.resolve("list.yml"), "- a\n- b\n");
        Files.writeString(dir.resolve("other.yml"), "meterItems: []\n");
        Files.writeString(dir.resolve("broken.yml"), "segmentItems: [\n");
        assertThatThrownBy(() -> load("empty.yml")).hasMessageStartingWith("empty.yml: the received data is empty");
        assertThatThrownBy(() -> load("list.yml")).hasMessage("list.yml:1:1: not what the collector's GET /receiveData"
                + " returns: the collector's loader needs a mapping for the document here");
        assertThatThrownBy(() -> load("other.yml")).hasMessage("other.yml: has no segmentItems, so it is not what the"
                + " collector's GET /receiveData returns");
        assertThatThrownBy(() -> load("broken.yml")).hasMessageStartingWith("broken.yml:2:1: not what the collector's GET"
                + " /receiveData returns: the collector cannot read the file as YAML");
        assertThatThrownBy(() -> load("missing.yml")).hasMessage("missing.yml: does not exist (swplugin.received)");
        assertThatThrownBy(() -> load(".")).hasMessage(".: is not a regular file (a directory, FIFO or device): it was not"
                + " read (swplugin.received)");
    }

    private void load(String source) {
        ReceivedData.parse(ReceivedData.read(source, dir, 1 << 20), source);
    }
}
