package io.github.swplugin.check.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.collector.Agent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Another agent's checkout is refused by name, whatever its test directories look like and whatever agent is asked for. */
class CheckoutLayoutTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "package.json|{\"name\": \"skywalking-backend-js\"}|the SkyWalking Node.js agent",
        "go.mod|module github.com/apache/skywalking-go|the SkyWalking Go agent",
        "Cargo.toml|[package]\\nname = \"skywalking-php\"|the SkyWalking PHP agent",
        "Cargo.toml|[package]\\nname = \"skywalking\"|the SkyWalking Rust agent",
    })
    void anotherAgentsCheckoutIsRefusedByName(String file, String text, String agent) throws IOException {
        Files.createDirectories(dir.resolve("tests/plugin"));  // a layout that looks like the Python agent's
        Files.writeString(dir.resolve(file), text.replace("\\n", "\n"));
        for (Agent asked : new Agent[] {null, Agent.PYTHON, Agent.JAVA}) {
            assertThatThrownBy(() -> new Validator(ValidatorOptions.builder(dir).agent(asked).build()).run())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("is a checkout of " + agent)
                    .hasMessageContaining("checks nothing here");
        }
    }

    /** SkyWalking 7's Java agent wrote protocol-v2 expectations: every one of its files would give dozens of findings. */
    @Test
    void aJavaCheckoutOfTheProtocolV2EraIsRefusedInOneSentence() throws IOException {
        Path config = Files.createDirectories(dir.resolve("test/plugin/scenarios/activemq-scenario/config"));
        Files.writeString(config.resolve("expectedData.yaml"), "registryItems:\n  applications:\n  - {activemq-scenario: 2}\nsegmentItems: []\n");
        assertThatThrownBy(() -> new Validator(ValidatorOptions.defaults(dir)).run()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("protocol-v2 format of SkyWalking 7").hasMessageEndingWith("checks nothing here");
        Files.writeString(config.resolve("expectedData.yaml"), "segmentItems:\n- serviceName: activemq-scenario\n  segmentSize: 1\n");
        new Validator(ValidatorOptions.defaults(dir)).run();
    }

    @Test
    void theJavaAgentAskedForInAPythonCheckoutIsRefused() {
        FixtureCheckout.copyTo(dir);
        assertThatThrownBy(() -> new Validator(ValidatorOptions.builder(dir).agent(Agent.JAVA).build()).run())
                .isInstanceOf(ConfigurationException.class).hasMessageEndingWith("is not a skywalking-java checkout: it has no"
                        + " test/plugin/scenarios/ (swplugin.agent=java)");
        assertThat(new Validator(ValidatorOptions.defaults(dir)).run().findings()).isEmpty();
    }
}
