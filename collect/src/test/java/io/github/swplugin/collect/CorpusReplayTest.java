package io.github.swplugin.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.swplugin.collector.Agent;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real mock collector's runs replayed: every {@code received.yml} of a received corpus (each a real
 * {@code GET /receiveData}, see its README) sent again as the segments and logs the agent sent, over gRPC and over
 * HTTP JSON, must come back byte for byte, and each {@code expected.data.yml} posted as the agent's test client posts
 * it must get the real collector's verdict. Runs when {@code -Dswplugin.receivedCorpus} names the corpus.
 */
class CorpusReplayTest {
    private static CollectorServer server;
    private static Agents agents;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(System.getProperty("swplugin.receivedCorpus") != null, "no -Dswplugin.receivedCorpus");
        server = CollectorServer.start(new CollectorServer.Options("127.0.0.1", 0, 0, Agent.PYTHON),
                new Collector(1_000_000));
        agents = new Agents(server);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            agents.close();
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReceivedRun() throws IOException {
        Path corpus = Path.of(System.getProperty("swplugin.receivedCorpus"));
        List<Path> cases = new ArrayList<>();
        for (String group : List.of("runs", "variants")) {
            try (Stream<Path> dirs = Files.list(corpus.resolve(group))) {
                dirs.filter(dir -> Files.isRegularFile(dir.resolve("received.yml"))).sorted().forEach(cases::add);
            }
        }
        assertThat(cases).isNotEmpty();
        return cases.stream().map(dir -> DynamicTest.dynamicTest(corpus.relativize(dir).toString(), () -> replay(dir)));
    }

    private static void replay(Path dir) throws Exception {
        String received = Files.readString(dir.resolve("received.yml"));
        DumpReplay replay = DumpReplay.of(received);

        agents.delete("/receiveData");
        agents.overGrpc(replay, null);
        assertThat(agents.get("/receiveData").body()).as("over gRPC").isEqualTo(received);

        agents.delete("/receiveData");
        agents.overHttp(replay);
        assertThat(agents.get("/receiveData").body()).as("over HTTP").isEqualTo(received);

        String expected = Files.readString(dir.resolve("expected.data.yml"));
        // tests/plugin/base.py: os.linesep.join(f.readlines())
        String posted = String.join("\n", expected.lines().map(line -> line + "\n").toList());
        HttpResponse<String> answer = agents.post("/dataValidate", posted);
        String verdict = answer.statusCode() == 200 && answer.body().equals("success") ? "PASS" : "FAIL";
        assertThat(verdict).as(answer.body()).isEqualTo(Files.readString(dir.resolve("verdict")).strip());
        assertThat(answer.statusCode()).isIn(200, 500);
    }
}
