package io.github.swplugin.check.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.swplugin.check.ConfigurationException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Received data from a file or the collector's URL; bad sources fail with a message that names them. */
class ReceivedDataTest {
    /** Two services of one trace, as the collector's GET /receiveData answers. */
    private static final String DUMP = """
            segmentItems:
            - serviceName: consumer
              segmentSize: '1'
              segments:
              - segmentId: 0a1b
                spans:
                - operationName: /users
                  parentSpanId: -1
                  spanId: 0
                  spanLayer: Http
                  startTime: 1795000000000
                  endTime: 1795000000020
                  componentId: 7002
                  isError: false
                  spanType: Exit
                  peer: provider:9091
                  skipAnalysis: false
            - serviceName: provider
              segmentSize: '1'
              segments:
              - segmentId: 0a1c
                spans:
                - operationName: /users
                  parentSpanId: -1
                  spanId: 0
                  spanLayer: Http
                  startTime: 1795000000005
                  endTime: 1795000000015
                  componentId: 7001
                  isError: false
                  spanType: Entry
                  peer: 10.0.3.1:51234
                  skipAnalysis: false
            """;

    @TempDir
    Path dir;

    @Test
    void aSavedDumpIsReadFromAFile() throws IOException {
        Files.writeString(dir.resolve("dump.yml"), DUMP);
        assertThat(ReceivedData.parse(ReceivedData.read("dump.yml", dir, 1 << 20), "dump.yml").segmentItems()).hasSize(2);
    }

    @Test
    void theCollectorsUrlIsRead() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = DUMP.getBytes(StandardCharsets.UTF_8);
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

    /** A raw server: answers every connection with {@code headers}, then feeds the body {@code chunk} by chunk. */
    private static ServerSocket serving(String headers, byte[] chunk, long pauseMillis, long chunks) throws IOException {
        ServerSocket server = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
        Thread feeder = new Thread(() -> {
            try (Socket socket = server.accept(); OutputStream out = socket.getOutputStream()) {
                socket.getInputStream().read(new byte[4096]);
                out.write(headers.getBytes(StandardCharsets.US_ASCII));
                for (long i = 0; i < chunks; i++) {
                    out.write(chunk);
                    out.flush();
                    Thread.sleep(pauseMillis);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up: what the tests want
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        return server;
    }

    private static String url(ServerSocket server) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/receiveData";
    }

    @Test
    void aBodyThatTricklesEndsAtTheDeadlineNotAfterIt() throws IOException {
        try (ServerSocket server = serving("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", new byte[] {'a'}, 50, 100_000)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> ReceivedData.read(url(server), dir, 1 << 20, Duration.ofSeconds(2)))
                    .isInstanceOf(ConfigurationException.class).hasMessage(url(server) + ": no complete answer within 2 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void anEndlessBodyIsCutAtTheSizeLimit() throws IOException {
        try (ServerSocket server = serving("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII), 0, Long.MAX_VALUE)) {
            assertThatThrownBy(() -> ReceivedData.read(url(server), dir, 1 << 20, Duration.ofSeconds(20)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage(url(server) + ": the answer is larger than 1048576 bytes (swplugin.maxFileSize): not read");
        }
    }

    @Test
    void anAnswerThatIsNotUtf8IsRefusedAsAFileWouldBe() throws IOException {
        byte[] latin1 = "segmentItems: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        try (ServerSocket server = serving("HTTP/1.1 200 OK\r\nContent-Length: " + latin1.length + "\r\n\r\n", latin1, 0, 1)) {
            assertThatThrownBy(() -> ReceivedData.read(url(server), dir, 1 << 20, Duration.ofSeconds(5)))
                    .hasMessage(url(server) + ": the answer is not UTF-8 text, so it is not the collector's data");
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws IOException {
        try (ServerSocket server = serving("HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest\r\nContent-Length: 0\r\n\r\n",
                new byte[0], 0, 1)) {
            assertThatThrownBy(() -> ReceivedData.read(url(server), dir, 1 << 20, Duration.ofSeconds(5)))
                    .hasMessage(url(server) + ": the collector answered HTTP 302 (a redirect, which swplugin does not follow: give"
                            + " the collector's own address)");
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
