package io.github.swplugin.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.swplugin.collector.Agent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Batch mode skips the descriptor's regexes, so every input is checked here; nothing is written on a refusal. */
class PluginSpecTest {

    /** The layers the archetype writes are the agent's, as the validator knows them: one list, checked here. */
    @Test
    void everyKindReportsALayerTheValidatorKnows() {
        for (PluginType type : PluginType.values()) {
            assertThat(Agent.PYTHON.layers()).as(type.id()).contains(type.layer());
        }
    }

    private static Map<String, String> base() {
        return new HashMap<>(Map.of("library", "demo-lib", "pluginType", "http", "versions", "1.*", "service", "none"));
    }

    @Test
    void derivesNamesFromTheLibrary() {
        Map<String, String> properties = base();
        properties.put("library", "Flask-SQLAlchemy");
        PluginSpec spec = PluginSpec.from(properties);
        assertThat(spec.pluginName()).isEqualTo("flask_sqlalchemy");
        assertThat(spec.module()).isEqualTo("flask_sqlalchemy");
        assertThat(spec.componentName()).isEqualTo("FlaskSqlalchemy");
        properties.put("library", "psycopg[binary]");
        assertThat(PluginSpec.from(properties).pluginName()).isEqualTo("psycopg");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "library|my lib|is not a pip package name",
        "library|$HOME|is not a pip package name",
        "library|a#b|is not a pip package name",
        "library|../../etc|is not a pip package name",
        "library|a/b|is not a pip package name",
        "library|'quoted'|is not a pip package name",
        "library|bibliothèque|is not a pip package name",
        "pluginName|class|is a Python keyword",
        "pluginName|Has-Caps|must be lower case letters",
        "pluginName|../x|must be lower case letters",
        "componentName|None|is a Python keyword",
        "componentName|lower|must be an enum member name",
        "module|import|is a Python keyword",
        "pluginType|queue|is not one of web, http, database, cache, mq, rpc",
        "service|oracle|is not 'none', a known service",
        "service|x/:t:1|service image 'x/' is not an image name such as clickhouse/clickhouse-server",
        "service|x/collector:t:1|would be the compose service 'collector', which the test's docker-compose.yml already has",
        "service|acme/server_:t:1|is not an image name",
        "versions|latest|is not a pip version",
        "pythonVersion|3.7|is not an operator and a Python 3 version",
        "async|yes|is not true or false",
        "target|pymemcache.Client|is not module.path:Class.method",
        "componentId|x7020|is not a number",
    })
    void refusesInvalidInputWithWhatToDo(String key, String value, String message) {
        Map<String, String> properties = base();
        properties.put(key, value);
        assertThatThrownBy(() -> PluginSpec.from(properties)).isInstanceOf(ScaffoldException.class)
                .hasMessageContaining(message).hasMessageContaining("Nothing was written.");
    }

    @Test
    void refusesNamesTooLongForAFile() {
        Map<String, String> properties = base();
        properties.put("library", "a".repeat(300));
        assertThatThrownBy(() -> PluginSpec.from(properties)).hasMessageContaining("at most 100 characters");
    }

    @Test
    void reportsEveryMissingInputAtOnce() {
        assertThatThrownBy(() -> PluginSpec.from(Map.of("library", "demo-lib", "pluginType", "database")))
                .hasMessageContaining("versions are needed").hasMessageContaining("needs a server: pass -Dservice=");
    }

    @Test
    void mqAndRpcTakeTwoTargets() {
        Map<String, String> properties = base();
        properties.put("pluginType", "mq");
        properties.put("target", "kombu:Producer.publish");
        assertThatThrownBy(() -> PluginSpec.from(properties)).hasMessageContaining("a mq plugin takes 2 targets, client side first");
        properties.put("target", "kombu:Producer.publish,kombu.mixins:ConsumerMixin.on_message");
        assertThat(PluginSpec.from(properties).targets()).hasSize(2);
    }

    @Test
    void customServiceImage(@TempDir Path unused) {
        Map<String, String> properties = base();
        properties.put("service", "clickhouse/clickhouse-server:24.3:9000");
        Service service = PluginSpec.from(properties).service();
        assertThat(service.peer()).isEqualTo("clickhouse-server:9000");
        assertThat(service.image()).isEqualTo("clickhouse/clickhouse-server:24.3");
    }
}
