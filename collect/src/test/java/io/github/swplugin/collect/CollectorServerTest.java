package io.github.swplugin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.collector.Agent;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.skywalking.apm.network.common.v3.Commands;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;
import org.apache.skywalking.apm.network.language.profile.v3.ProfileTaskCommandQuery;
import org.apache.skywalking.apm.network.language.profile.v3.ProfileTaskGrpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectorServerTest {
    private CollectorServer server;
    private Agents agents;

    @BeforeEach
    void start() throws IOException {
        server = CollectorServer.start(new CollectorServer.Options("127.0.0.1", 0, 0, Agent.PYTHON), new Collector(1000));
        agents = new Agents(server);
    }

    @AfterEach
    void stop() throws InterruptedException {
        agents.close();
        server.close();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = CollectorServerTest.class.getResourceAsStream("/dumps/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void receiveDataGivesBackWhatArrivedOverGrpcByteForByte() throws Exception {
        String dump = fixture("two-services.yml");
        agents.overGrpc(DumpReplay.of(dump), null);

        HttpResponse<String> answer = agents.get("/receiveData");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(dump);
    }

    @Test
    void segmentsAndLogsOverHttpJsonAreKeptAsOverGrpc() throws Exception {
        String dump = fixture("two-services.yml");
        DumpReplay replay = DumpReplay.of(dump);
        agents.overHttp(replay);
        // the agents' HTTP protocol has no meters
        Agents.send(org.apache.skywalking.apm.network.language.agent.v3.MeterReportServiceGrpc.newStub(agents.channel())::collect,
                replay.meters);

        assertThat(agents.get("/receiveData").body()).isEqualTo(dump);
    }

    @Test
    void deleteForgetsEverything() throws Exception {
        agents.overGrpc(DumpReplay.of(fixture("two-services.yml")), null);

        assertThat(agents.delete("/receiveData").statusCode()).isEqualTo(200);

        assertThat(agents.get("/receiveData").body()).isEqualTo("segmentItems: []\nmeterItems: []\nlogItems: []\n");
    }

    @Test
    void anAgentsTokenKeepsItsDataInItsOwnSession() throws Exception {
        String dump = fixture("two-services.yml");
        agents.overGrpc(DumpReplay.of(dump), "test-a");

        assertThat(agents.get("/receiveData").body()).isEqualTo("segmentItems: []\nmeterItems: []\nlogItems: []\n");
        assertThat(agents.get("/receiveData?session=test-a").body()).isEqualTo(dump);
        agents.delete("/receiveData?session=test-a");
        assertThat(agents.get("/receiveData?session=test-a").body()).startsWith("segmentItems: []");
    }

    @Test
    void aSegmentWithoutSpansIsDroppedOverGrpcAndKeptOverHttpAsTheMockCollectorDoes() throws Exception {
        SegmentObject empty = SegmentObject.newBuilder().setService("provider").setTraceSegmentId("s1").build();
        Agents.send(org.apache.skywalking.apm.network.language.agent.v3.TraceSegmentReportServiceGrpc.newStub(agents.channel())::collect,
                List.of(empty));
        assertThat(agents.get("/receiveData").body()).startsWith("segmentItems: []");

        assertThat(agents.post("/v3/segment", Agents.json(empty)).statusCode()).isEqualTo(200);
        assertThat(agents.get("/receiveData").body()).startsWith(
                "segmentItems:\n- serviceName: provider\n  segmentSize: 1\n  segments:\n  - segmentId: s1\n    spans: []\n");
    }

    @Test
    void unreadableJsonIsA400WithTheReasonInAHeaderAndNothingKept() throws Exception {
        HttpResponse<String> answer = agents.post("/v3/segments", "[{\"traceSegmentId\": \"a\", \"spans\": []}, {\"spans\": 7}]");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("error-message")).isPresent();
        assertThat(agents.get("/receiveData").body()).startsWith("segmentItems: []");
    }

    @Test
    void pathsAndMethodsTheCollectorDoesNotServe() throws Exception {
        assertThat(agents.post("/v3/meters", "[]").statusCode()).isEqualTo(404);
        assertThat(agents.get("/dataValidate").statusCode()).isEqualTo(405);
        assertThat(agents.get("/healthCheck").body()).isEqualTo("Success");
        assertThat(agents.post("/v3/management/keepAlive", "{\"service\": \"a\", \"serviceInstance\": \"b\"}").body())
                .isEqualTo("{}");
    }

    @Test
    void profilingIsAnsweredWithNoCommandUnderBothNames() {
        Commands answer = ProfileTaskGrpc.newBlockingStub(agents.channel())
                .getProfileTaskCommands(ProfileTaskCommandQuery.getDefaultInstance());
        assertThat(answer.getCommandsCount()).isZero();
    }

    @Test
    void thePackageLessServiceNamesOfOldAgentsAreServed() throws Exception {
        SegmentObject segment = SegmentObject.newBuilder().setService("old").setTraceSegmentId("s")
                .addSpans(SpanObject.newBuilder().setSpanId(0).setParentSpanId(-1).setOperationName("/x")).build();
        Agents.send(org.apache.skywalking.apm.network.language.agent.v3.compat.TraceSegmentReportServiceGrpc
                .newStub(agents.channel())::collect, List.of(segment));

        assertThat(agents.get("/receiveData").body()).contains("serviceName: old");
    }

    @Test
    void dataValidateSaysSuccessOrNamesTheLineThatDiffers() throws Exception {
        agents.overGrpc(DumpReplay.of(fixture("two-services.yml")), null);
        String expected = """
                segmentItems:
                - serviceName: consumer
                  segmentSize: ge 1
                  segments:
                  - segmentId: not null
                    spans:
                    - operationName: /users
                      parentSpanId: 0
                      spanId: 1
                      spanLayer: Http
                      startTime: gt 0
                      endTime: gt 0
                      componentId: 7002
                      isError: true
                      spanType: Exit
                      peer: provider:9091
                      skipAnalysis: false
                      tags:
                      - {key: http.method, value: POST}
                      logs:
                      - logEvent:
                        - {key: event, value: error}
                        - {key: error.kind, value: not null}
                    - operationName: /users
                      parentSpanId: -1
                      spanId: 0
                      spanLayer: Http
                      startTime: gt 0
                      endTime: gt 0
                      componentId: 7001
                      isError: false
                      spanType: Entry
                      peer: ''
                      skipAnalysis: false
                """;
        // as the Python agent's test client posts it: the file's lines joined with a line break of their own
        String posted = String.join("\n", expected.lines().map(line -> line + "\n").toList());

        HttpResponse<String> pass = agents.post("/dataValidate", posted);
        HttpResponse<String> fail = agents.post("/dataValidate", posted.replace("componentId: 7002", "componentId: 7003"));

        assertThat(pass.statusCode()).as(pass.body()).isEqualTo(200);
        assertThat(pass.body()).isEqualTo("success");
        assertThat(fail.statusCode()).isEqualTo(500);
        assertThat(fail.body()).startsWith("expected data:13:20: ERROR [mismatch]").contains("7003").contains("\nactual data:\nsegmentItems:");
    }
}
