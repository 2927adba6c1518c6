package io.github.swplugin.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.Severity;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.run.Validator;
import io.github.swplugin.core.FileTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScaffoldTest {
    @TempDir
    Path checkout;

    /** The archetype's properties: a version and no test server, then the pairs given. */
    static Map<String, String> properties(String... pairs) {
        Map<String, String> properties = new HashMap<>(Map.of("versions", "1.*", "service", "none"));
        for (int i = 0; i < pairs.length; i += 2) {
            properties.put(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    private String generate(Map<String, String> properties) {
        SampleCheckout.copyTo(checkout);
        return new Scaffold(PluginSpec.from(properties), checkout).generate();
    }

    static Stream<Arguments> variants() {
        List<Arguments> variants = new ArrayList<>();
        for (PluginType type : PluginType.values()) {
            String service = type.needsService() ? "redis" : "none";
            variants.add(Arguments.of(type.id(), service, "false", "false"));
            variants.add(Arguments.of(type.id(), service, "true", "false"));
            variants.add(Arguments.of(type.id(), "none", "false", "true"));
        }
        return variants.stream();
    }

    @ParameterizedTest(name = "{0} service={1} async={2} cExtension={3}")
    @MethodSource("variants")
    void everyVariantValidatesWithoutErrors(String type, String service, String async, String cExtension) throws IOException {
        generate(properties("library", "demo-lib", "pluginType", type, "service", service, "async", async, "cExtension", cExtension));
        String category = PluginType.of(type).category();
        String testDir = "tests/plugin/" + category + "/sw_demo_lib/";
        List<String> roles = type.equals("mq") ? List.of("producer", "consumer") : List.of("provider", "consumer");
        assertThat(checkout.resolve("skywalking/plugins/sw_demo_lib.py")).exists();
        for (String file : List.of("__init__.py", "test_demo_lib.py", "docker-compose.yml", "expected.data.yml", "services/__init__.py",
                "services/" + roles.get(0) + ".py", "services/" + roles.get(1) + ".py")) {
            assertThat(checkout.resolve(testDir + file)).exists();
        }
        assertThat(Files.readString(checkout.resolve("skywalking/__init__.py"))).contains("    Grpc = 23\n    DemoLib = 7020\n");
        assertThat(Files.readString(checkout.resolve("pyproject.toml"))).contains("flask = \">=2.0\"\ndemo-lib = \">=1\"\n");

        List<Finding> findings = new Validator(ValidatorOptions.defaults(checkout)).run().findings();
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(findings).extracting(Finding::rule).containsOnly(Rule.PLACEHOLDER);
        String plugin = Files.readString(checkout.resolve("skywalking/plugins/sw_demo_lib.py"));
        assertThat(plugin.contains("async def")).isEqualTo(async.equals("true"));
        assertThat(plugin.contains("wrapt.ObjectProxy")).isEqualTo(cExtension.equals("true"));
    }

    @Test
    void reportNamesTheFilesTheEditsAndTheNextCommands() {
        String report = generate(properties("library", "clickhouse-driver", "pluginType", "database", "versions", "0.2.*",
                "service", "clickhouse"));
        assertThat(report).contains("skywalking/plugins/sw_clickhouse_driver.py", "tests/plugin/data/sw_clickhouse_driver/expected.data.yml",
                "skywalking/__init__.py (Component.ClickhouseDriver = 7020, the next free Python id)",
                "pyproject.toml (clickhouse-driver in the plugins group)", "component-libraries.yml", "make lint",
                "poetry run pytest -v tests/plugin/data/sw_clickhouse_driver/", "-t apache/skywalking-python-agent:latest-plugin");
    }

    @Test
    void extrasStayInTheSupportMatrixAndTheTestButNotInNames() throws IOException {
        generate(properties("library", "psycopg[binary]", "pluginType", "database", "service", "postgresql", "versions", "3.1.*"));
        assertThat(Files.readString(checkout.resolve("skywalking/plugins/sw_psycopg.py"))).contains("    'psycopg[binary]': {\n");
        assertThat(Files.readString(checkout.resolve("tests/plugin/data/sw_psycopg/test_psycopg.py"))).contains("lib_name='psycopg[binary]'");
        assertThat(Files.readString(checkout.resolve("pyproject.toml"))).contains("\npsycopg = \">=3.1\"\n");
        assertThat(new Validator(ValidatorOptions.defaults(checkout)).run().findings()).extracting(Finding::rule).containsOnly(Rule.PLACEHOLDER);
    }

    @Test
    void existingComponentIsReusedAndTheEnumLeftAlone() throws IOException {
        Map<String, String> before = new HashMap<>();
        SampleCheckout.copyTo(checkout);
        before.put("init", Files.readString(checkout.resolve("skywalking/__init__.py")));
        new Scaffold(PluginSpec.from(properties("library", "redis-lite", "pluginType", "cache", "componentName", "Redis")), checkout).generate();
        assertThat(Files.readString(checkout.resolve("skywalking/__init__.py"))).isEqualTo(before.get("init"));
        assertThat(Files.readString(checkout.resolve("tests/plugin/data/sw_redis_lite/expected.data.yml"))).contains("componentId: 7\n");
    }

    @Test
    void registryIdIsUsedForAComponentSkyWalkingKnows() throws IOException {
        SampleCheckout.copyTo(checkout);
        Files.writeString(checkout.resolve("registry.yml"), "Memcached:\n  id: 20\n  languages: Java,PHP\nPython:\n  id: 7000\n");
        new Scaffold(PluginSpec.from(properties("library", "pymemcache", "pluginType", "cache", "componentName", "Memcached",
                "componentLibraries", "registry.yml")), checkout).generate();
        assertThat(Files.readString(checkout.resolve("skywalking/__init__.py"))).contains("    Grpc = 23\n    Memcached = 20\n");
    }

    @Test
    void enumEditKeepsCrlfLineEndings() throws IOException {
        SampleCheckout.copyTo(checkout);
        Path init = checkout.resolve("skywalking/__init__.py");
        Files.writeString(init, Files.readString(init).replace("\n", "\r\n"));
        new Scaffold(PluginSpec.from(properties("library", "demo-lib", "pluginType", "http")), checkout).generate();
        String edited = Files.readString(init);
        assertThat(edited).contains("    Grpc = 23\r\n    DemoLib = 7020\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void noFreeIdLeftIsRefused() throws IOException {
        SampleCheckout.copyTo(checkout);
        Path init = checkout.resolve("skywalking/__init__.py");
        StringBuilder members = new StringBuilder();
        for (int id = 7000; id < 8000; id++) {
            members.append("    Used").append(id).append(" = ").append(id).append('\n');
        }
        Files.writeString(init, Files.readString(init).replace("    Grpc = 23\n", "    Grpc = 23\n" + members));
        Map<String, String> before = SampleCheckout.fingerprint(checkout);
        assertThatThrownBy(() -> new Scaffold(PluginSpec.from(properties("library", "demo-lib", "pluginType", "http")), checkout).generate())
                .hasMessageContaining("no free component id is left in [7000, 8000)");
        assertThat(SampleCheckout.fingerprint(checkout)).isEqualTo(before);
    }

    @Test
    void secondRunIsRefusedWithTheTreeUnchanged() {
        Map<String, String> properties = properties("library", "demo-lib", "pluginType", "http");
        generate(properties);
        Map<String, String> before = SampleCheckout.fingerprint(checkout);
        assertThatThrownBy(() -> new Scaffold(PluginSpec.from(properties), checkout).generate())
                .isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("skywalking/plugins/sw_demo_lib.py and tests/plugin/http/sw_demo_lib already exist")
                .hasMessageContaining("Nothing was written.");
        assertThat(SampleCheckout.fingerprint(checkout)).isEqualTo(before);
    }

    @Test
    void outsideACheckoutItSaysSo(@TempDir Path empty) {
        assertThatThrownBy(() -> new Scaffold(PluginSpec.from(properties("library", "demo-lib", "pluginType", "http")), empty).generate())
                .hasMessageContaining("is not the root of a skywalking-python checkout (it has no skywalking/__init__.py)");
    }

    /** Transactions that show each of their steps to {@code step} before taking it. */
    private static Function<Path, FileTransaction> observed(FileTransaction.Step step) {
        return root -> {
            FileTransaction transaction = new FileTransaction(root);
            transaction.onEachStep(step);
            return transaction;
        };
    }

    @Test
    void failureAtAnyWriteRollsTheCheckoutBackByteForByte(@TempDir Path attempts) {
        SampleCheckout.copyTo(checkout);
        Map<String, String> before = SampleCheckout.fingerprint(checkout);
        Map<String, String> properties = properties("library", "demo-lib", "pluginType", "database", "service", "mysql");
        List<String> steps = new ArrayList<>();
        new Scaffold(PluginSpec.from(properties), checkout, observed((action, path) -> steps.add(action + " " + checkout.relativize(path))))
                .generate();
        assertThat(steps).contains("edit skywalking/__init__.py", "edit pyproject.toml", "mkdir tests/plugin/data/sw_demo_lib");
        for (int failing = 0; failing < steps.size(); failing++) {
            Path fresh = attempts.resolve("attempt-" + failing);
            SampleCheckout.copyTo(fresh);
            int[] seen = {0};
            int at = failing;
            Scaffold scaffold = new Scaffold(PluginSpec.from(properties), fresh, observed((action, path) -> {
                if (seen[0]++ == at) {
                    throw new IOException("disk full (injected at " + action + ")");
                }
            }));
            assertThatThrownBy(scaffold::generate).isInstanceOf(ScaffoldException.class)
                    .hasMessageContaining("disk full").hasMessageContaining("the checkout is back as it was");
            assertThat(SampleCheckout.fingerprint(fresh)).as("after a failure at step %d (%s)", failing, steps.get(failing)).isEqualTo(before);
        }
    }

    @Test
    void aMemberWithAUnicodeNameHoldsItsIdAsPythonSeesIt() throws IOException {
        SampleCheckout.copyTo(checkout);
        Path init = checkout.resolve("skywalking/__init__.py");
        Files.writeString(init, Files.readString(init).replace("    Grpc = 23\n", "    Grpc = 23\n    Café = 7020\n"));
        String said = new Scaffold(PluginSpec.from(properties("library", "demo-lib", "pluginType", "http")), checkout).generate();
        assertThat(said).contains("Component.DemoLib = 7021, the next free Python id");
        assertThat(Files.readString(init)).contains("    Café = 7020\n    DemoLib = 7021\n");
    }

    @Test
    void aCommittedPluginsMdIsRegeneratedWithTheNewPlugin() throws IOException {
        SampleCheckout.copyTo(checkout);
        io.github.swplugin.check.docs.PluginsDocWriter.write(checkout);
        String said = new Scaffold(PluginSpec.from(properties("library", "demo-lib", "pluginType", "http")), checkout).generate();
        assertThat(said).contains("docs/en/setup/Plugins.md (regenerated, as make doc-gen does)");
        assertThat(Files.readString(checkout.resolve("docs/en/setup/Plugins.md"))).contains("`sw_demo_lib`");
        assertThat(new Validator(ValidatorOptions.defaults(checkout)).run().findings()).extracting(Finding::rule)
                .containsOnly(Rule.PLACEHOLDER);
    }

    @Test
    void aPluginThatWouldNotValidateIsNotWritten() throws IOException {
        SampleCheckout.copyTo(checkout);
        Path init = checkout.resolve("skywalking/__init__.py");
        Files.writeString(init, Files.readString(init).replace("    Cache = 5\n", ""));
        Map<String, String> before = SampleCheckout.fingerprint(checkout);
        Scaffold scaffold = new Scaffold(PluginSpec.from(properties("library", "demo-lib", "pluginType", "cache", "service", "redis")),
                checkout);
        assertThatThrownBy(scaffold::generate).isInstanceOf(ScaffoldException.class)
                .hasMessageStartingWith("the generated plugin would not pass swplugin:validate, so nothing was written:\n  - "
                        + "tests/plugin/data/sw_demo_lib/expected.data.yml:")
                .hasMessageContaining("[span-layer]");
        assertThat(SampleCheckout.fingerprint(checkout)).isEqualTo(before);
    }

    @Test
    void thePythonVersionComesFromTheCheckoutsPyprojectUnlessGiven() throws IOException {
        SampleCheckout.copyTo(checkout);
        Scaffold.run(properties("library", "demo-lib", "pluginType", "http"), checkout.toFile());
        assertThat(Files.readString(checkout.resolve("skywalking/plugins/sw_demo_lib.py"))).contains("'>=3.10': ['1.*']");
        assertThat(Scaffold.withCheckoutDefaults(new HashMap<>(Map.of("pythonVersion", ">=3.12")), checkout))
                .containsEntry("pythonVersion", ">=3.12");
    }
}
