package io.github.swplugin.check.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.expected.ComposeAgents;
import io.github.swplugin.check.expected.ExpectedDataCheck;
import io.github.swplugin.check.python.ComponentCheck;
import io.github.swplugin.check.python.PluginFacts;
import io.github.swplugin.check.python.PluginModuleCheck;
import io.github.swplugin.check.python.PluginTestCheck;
import io.github.swplugin.check.python.PluginsDoc;
import io.github.swplugin.check.python.PythonModule;
import io.github.swplugin.check.python.SpanOrigins;
import io.github.swplugin.check.verify.ReceivedData;
import io.github.swplugin.check.verify.Verifier;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.CollectorData;
import io.github.swplugin.collector.ExpectedDataWriter;
import io.github.swplugin.core.LicenseHeader;
import io.github.swplugin.core.PythonEnum;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the rule engine (profile {@code fuzz}, see the README): whatever the
 * bytes, the checks report findings and return; any exception or error is a bug. Without the
 * profile these run once over their seeds, as regression tests.
 */
class EngineFuzzTest {
    private static final YamlLoader YAML = new YamlLoader(50, 100);
    private static final List<String> LAYERS = List.of("Unknown", "Database", "RPCFramework", "Http", "MQ", "Cache");

    @FuzzTest(maxDuration = "15m")
    void expectedData(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        FileFindings findings = new FileFindings("tests/plugin/x/expected.data.yml");
        new ExpectedDataCheck(YAML, LAYERS, id -> id == 7 ? null : "unknown", Agent.PYTHON, SpanOrigins.none(), false).check(text, findings, Optional.of(Set.of("provider", "consumer")), null);
        ComposeAgents.read(text);
        LicenseHeader.present(text);
    }

    @FuzzTest(maxDuration = "15m")
    void pythonSources(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        FileFindings findings = new FileFindings("skywalking/plugins/sw_x.py");
        Optional<PythonEnum> components = PythonEnum.read(text, "Component");
        components.ifPresent(c -> ComponentCheck.check(c, Optional.empty(), findings));
        PythonModule module = PythonModule.of(text);
        PluginModuleCheck.Facts facts = PluginModuleCheck.check("sw_x", module, findings);
        components.ifPresent(c -> PluginModuleCheck.unknownComponents(module.componentRefs(), c, findings));
        facts.docSection().ifPresent(section -> PluginsDoc.render(List.of(section)));
        // what the cache keeps of the module reads back as it was written
        List<String> lines = PluginFacts.of(module, facts.libraries(), facts.docSection()).lines();
        if (!PluginFacts.read("sw_x", lines).lines().equals(lines)) {
            throw new AssertionError("the plugin module's facts do not read back: " + lines);
        }
        PluginTestCheck.check(text, plugin -> facts.libraries(), findings);
    }

    private static final CollectorData.Data RECEIVED = ReceivedData.parse("""
            segmentItems:
            - serviceName: provider
              segmentSize: 1
              segments:
              - segmentId: a1
                spans:
                - {operationName: /x, parentSpanId: -1, spanId: 0, spanLayer: Http, startTime: 1, endTime: 2, componentId: 7,
                   isError: false, spanType: Entry, peer: 'h:1', skipAnalysis: false, tags: [{key: k, value: '200'}],
                   refs: [{parentEndpoint: /y, networkAddress: 'h:2', refType: CrossProcess, parentSpanId: 1,
                           parentTraceSegmentId: b1, parentServiceInstance: i, parentService: consumer, traceId: t}]}
            meterItems: [{serviceName: provider, meterSize: 1, meters: [{meterId: {name: m, tags: []}, singleValue: 1}]}]
            logItems: [{serviceName: provider, logSize: 1, logs: [{timestamp: 1, endpoint: '', body: {type: text, content: {text: x}},
                        traceContext: {traceId: '', traceSegmentId: '', spanId: 0}, tags: {data: []}, layer: ''}]}]
            """, "received");

    /** verify and record: any expected text is judged (problems, never a throw), and what is recorded verifies. */
    @FuzzTest(maxDuration = "15m")
    void collectorData(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (Agent agent : Agent.values()) {
            Verifier.verify("expected.data.yml", text, RECEIVED, agent);
        }
        CollectorData.Data received;
        try {
            received = ReceivedData.parse(text, "received");
        } catch (ConfigurationException notADump) {
            return;  // refused with a message that names the source
        }
        String recorded = ExpectedDataWriter.write(received);
        if (!Verifier.verify("recorded", recorded, received, Agent.PYTHON).isEmpty()) {
            throw new AssertionError("a recorded file does not verify against the data it came from:\n" + recorded);
        }
    }
}
