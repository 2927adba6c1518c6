package io.github.swplugin.check.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.swplugin.check.Agent;
import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.docs.PluginsDoc;
import io.github.swplugin.check.expected.ComposeAgents;
import io.github.swplugin.check.expected.ExpectedDataCheck;
import io.github.swplugin.core.LicenseHeader;
import io.github.swplugin.check.python.ComponentCheck;
import io.github.swplugin.check.python.PluginModuleCheck;
import io.github.swplugin.check.python.PluginTestCheck;
import io.github.swplugin.core.PythonEnum;
import io.github.swplugin.check.python.PythonModule;
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
        new ExpectedDataCheck(YAML, LAYERS, id -> id == 7 ? null : "unknown", Agent.PYTHON).check(text, findings, Optional.of(Set.of("provider", "consumer")));
        ComposeAgents.read(text);
        LicenseHeader.present(text);
    }

    @FuzzTest(maxDuration = "15m")
    void pythonSources(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        FileFindings findings = new FileFindings("skywalking/plugins/sw_x.py");
        Optional<PythonEnum> components = PythonEnum.read(text, "Component");
        components.ifPresent(c -> ComponentCheck.check(c, Optional.empty(), findings));
        PluginModuleCheck.Facts facts = PluginModuleCheck.check("sw_x", PythonModule.of(text), components, findings);
        facts.docSection().ifPresent(section -> PluginsDoc.render(List.of(section)));
        PluginTestCheck.check(text, module -> facts.libraries(), findings);
    }
}
