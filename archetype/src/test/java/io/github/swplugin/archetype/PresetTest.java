package io.github.swplugin.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.run.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PresetTest {
    private static final Set<String> DESCRIPTIVE_KEYS = Set.of("description", "patches", "servicePip");
    private static final Set<String> SECTIONS = Set.of("plugin", "expected", "provider", "consumer", "producer");

    @TempDir
    Path checkout;

    static List<String> presets() {
        return Preset.names();
    }

    private String generate(String... pairs) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.put(pairs[i], pairs[i + 1]);
        }
        SampleCheckout.copyTo(checkout);
        return new Scaffold(PluginSpec.from(properties), checkout).generate();
    }

    /** The generated files' text, each checked to open with the license header on its first line. */
    private String readAll(String under) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(checkout.resolve(under))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).startsWith("#\n# Licensed to the Apache Software Foundation (ASF)");
                all.append(text);
            }
        }
        return all.toString();
    }

    @Test
    void theCatalogHasTheLibrariesUsersAskFor() {
        assertThat(Preset.names()).contains("pymemcache", "pylibmc", "httplib2", "cherrypy", "starlette", "paho-mqtt", "aio-pika",
                "aiomysql", "pyro4");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyPresetIsWellFormed(String name) {
        Preset preset = Preset.find(name).orElseThrow();
        assertThat(preset.description()).as("description").isNotBlank();
        assertThat(preset.properties()).containsKeys("pluginType", "versions", "patches");
        assertThat(preset.properties().keySet()).allMatch(key -> Preset.PROPERTY_KEYS.contains(key) || DESCRIPTIVE_KEYS.contains(key),
                "only archetype properties and " + DESCRIPTIVE_KEYS);
        assertThat(SECTIONS).containsAll(preset.sections().keySet());
        assertThat(preset.sections()).containsKeys("plugin", "expected");
        // a role whose generic script calls the library must come from the preset, or it would be a placeholder
        PluginType type = PluginType.of(preset.properties().get("pluginType"));
        for (String role : type == PluginType.MQ ? List.of("producer", "consumer") : List.of("provider", "consumer")) {
            if (Templates.exists("services/" + type.id() + "-" + role + ".py.vm")) {
                assertThat(preset.sections()).as(role).containsKey(role);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void theLibraryAloneGivesAFinishedPluginThatValidatesWithoutAWarning(String name) throws IOException {
        String report = generate("library", name);

        assertThat(report).contains("from the " + name + " preset").doesNotContain("TODO(swplugin)");
        assertThat(new Validator(ValidatorOptions.defaults(checkout)).run().findings()).isEmpty();
        String category = PluginType.of(Preset.find(name).orElseThrow().properties().get("pluginType")).category();
        String pluginName = Names.snake(name);
        String generated = readAll("skywalking/plugins/sw_" + pluginName + ".py") + readAll("tests/plugin/" + category + "/sw_" + pluginName);
        assertThat(generated).doesNotContain("TODO", "$", "#end", "#if");
        assertThat(Files.readString(checkout.resolve("pyproject.toml"))).contains("\n" + name + " = \">=");
    }

    @Test
    void aPresetReusesSkyWalkingsComponentIdAndSaysWhere() throws IOException {
        String report = generate("library", "pylibmc");

        assertThat(report).contains("(Component.Memcached = 20, SkyWalking's id, from the pylibmc preset)")
                .doesNotContain("Register Memcached");
        assertThat(Files.readString(checkout.resolve("tests/plugin/data/sw_pylibmc/expected.data.yml"))).contains("componentId: 20");
    }

    @Test
    void explicitPropertiesOverrideThePresetAndKeepItsCode() throws IOException {
        generate("library", "pymemcache", "versions", "4.0.*", "componentId", "7100", "pluginName", "memcache");

        String plugin = Files.readString(checkout.resolve("skywalking/plugins/sw_memcache.py"));
        assertThat(plugin).contains("'>=3.7': ['4.0.*']", "Client._store_cmd = _sw_store_cmd").doesNotContain("TODO");
        assertThat(Files.readString(checkout.resolve("skywalking/__init__.py"))).contains("    Memcached = 7100\n");
        assertThat(Files.readString(checkout.resolve("tests/plugin/data/sw_memcache/expected.data.yml"))).contains("componentId: 7100");
    }

    @Test
    void overridingWhatTheCodeIsBuiltOnLeavesThePresetCodeOutAndSaysSo() throws IOException {
        String report = generate("library", "pymemcache", "pluginType", "database", "versions", "1.*", "service", "mysql");

        assertThat(report).contains("the pymemcache preset's code was not used because -DpluginType=database differs from it",
                "Fill in the places marked TODO(swplugin)");
        assertThat(Files.readString(checkout.resolve("skywalking/plugins/sw_pymemcache.py"))).contains("TODO(swplugin)");
    }

    @Test
    void presetsAreFoundTheWayPipMatchesNames() {
        assertThat(Preset.find("PyMemcache")).map(Preset::name).hasValue("pymemcache");
        assertThat(Preset.find("paho_mqtt")).map(Preset::name).hasValue("paho-mqtt");
        assertThat(Preset.find("Aio.Pika[extra]")).map(Preset::name).hasValue("aio-pika");
        assertThat(Preset.find("Pyro4")).map(Preset::name).hasValue("pyro4");
        assertThat(Preset.find("no-such-library")).isEmpty();
    }

    @Test
    void aLibraryWithoutAPresetAsksForItsTypeAndVersionsAndNamesThePresets() {
        assertThatThrownBy(() -> generate("library", "clickhouse-driver"))
                .hasMessageContaining("pluginType is needed for 'clickhouse-driver', which has no preset (presets: aio-pika, aiomysql,")
                .hasMessageContaining("versions are needed")
                .hasMessageContaining("Nothing was written.");
    }

    @Test
    void theReadmeListsEveryPreset() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String name : Preset.names()) {
            assertThat(readme).as("README presets table").contains("| `" + name + "` | " + Preset.find(name).orElseThrow().description());
        }
    }

    @Test
    void aPresetFoundUnderAnotherSpellingIsWrittenAsThePresetSpellsIt() throws java.io.IOException {
        generate("library", "PyMemcache");
        assertThat(java.nio.file.Files.readString(checkout.resolve("pyproject.toml"))).contains("\npymemcache = ").doesNotContain("PyMemcache");
        assertThat(java.nio.file.Files.readString(checkout.resolve("skywalking/plugins/sw_pymemcache.py"))).doesNotContain("PyMemcache");
    }

    @Test
    void aMisspelledPresetGetsADidYouMean() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PluginSpec.from(java.util.Map.of("library", "pymemcahce")))
                .hasMessageContaining("which has no preset (did you mean pymemcache? presets: ");
    }
}
