package io.github.swplugin.check.files;

import static io.github.swplugin.check.FixtureCheckout.COMPOSE;
import static io.github.swplugin.check.FixtureCheckout.CONSUMER_COMMAND;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's consumer, which runs /app/services/consumer.py from the volume .:/app and calls the provider as it starts. */
class ComposeScriptsTest {
    private static final String CONSUMER = "tests/plugin/data/sw_demo/services/consumer.py";
    private static final String VOLUME = "    volumes:\n      - .:/app\n" + CONSUMER_COMMAND;

    /** The consumer given no volume of its own, extending a service of the base file with the volumes given. */
    private static FixtureCheckout extendingBase(Path dir, String baseVolumes) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(COMPOSE, "  consumer:\n    image: agent\n" + VOLUME,
                "  consumer:\n    extends:\n      service: agent\n      file: ../../docker-compose.base.yml\n" + CONSUMER_COMMAND);
        String compose = checkout.read(COMPOSE);
        checkout.write("tests/plugin/docker-compose.base.yml", compose.substring(0, compose.indexOf("version:"))
                + "version: '2.1'\n\nservices:\n  agent:\n    image: agent\n" + baseVolumes);
        return checkout;
    }

    @Test
    void aVolumeOfTheBaseServiceMountsTheScript(@TempDir Path dir) {
        assertThat(extendingBase(dir, "    volumes:\n      - ./data/sw_demo:/app\n").validate()).isEmpty();
    }

    @Test
    void aBaseServiceWithoutTheVolumeLeavesTheScriptUnmounted(@TempDir Path dir) {
        assertThat(extendingBase(dir, "").validate()).filteredOn(f -> f.rule() == Rule.COMPOSE_COMMAND).extracting(Finding::message)
                .containsExactly("'consumer' runs /app/services/consumer.py, but none of its volumes mounts it ('provider' has one that does):"
                        + " the container has no such file and exits; give 'consumer' that volume too");
    }

    @Test
    void aMissingScriptIsNamedWithTheOneThatIsThere(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(COMPOSE, "/app/services/consumer.py", "/app/consumer.py");
        assertThat(checkout.validate()).extracting(Finding::message).containsExactly("'consumer' runs /app/consumer.py, which its volume on /app"
                + " maps to tests/plugin/data/sw_demo/consumer.py, and the checkout has no such file: did you mean /app/services/consumer.py?");
    }

    /** The acceptance corpus holds the tests' YAML only: a script is not missing where the test has none. */
    @Test
    void aCheckoutWithoutTheTestsScriptsIsNotJudged(@TempDir Path dir) throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        try (var files = Files.walk(checkout.root().resolve("tests/plugin/data/sw_demo"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".py")).toList()) {
                Files.delete(file);
            }
        }
        assertThat(checkout.validate()).noneMatch(f -> f.rule() == Rule.COMPOSE_COMMAND || f.rule() == Rule.COMPOSE_DEPENDS);
    }

    @Test
    void aCallMadeInAFunctionWaitsForNothing(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(COMPOSE, "    depends_on:\n      provider:\n        condition: service_healthy\n", "")
                .replace(CONSUMER, "if __name__ == '__main__':\n", "def call():\n");
        assertThat(checkout.validate()).noneMatch(f -> f.rule() == Rule.COMPOSE_DEPENDS);
        checkout.replace(CONSUMER, "def call():\n", "if __name__ == '__main__':\n");
        assertThat(checkout.validate()).filteredOn(f -> f.rule() == Rule.COMPOSE_DEPENDS).extracting(Finding::message).containsExactly(
                "'consumer' runs tests/plugin/data/sw_demo/services/consumer.py, which connects to 'provider' as it starts (line 21), but"
                + " 'consumer' does not depend on 'provider': Compose may start it first, and the connection fails; add 'provider' to its"
                + " depends_on (condition: service_healthy)");
    }
    /** The fixture's consumer given a volume of its script alone, from the source given. */
    private static FixtureCheckout mountingOneFile(Path dir, String source) {
        return FixtureCheckout.copyTo(dir).replace(COMPOSE, VOLUME, "    volumes:\n      - " + source + ":/app/consumer.py\n"
                + CONSUMER_COMMAND.replace("/app/services/consumer.py", "/app/consumer.py"));
    }

    @Test
    void aVolumeOfTheScriptAloneMountsIt(@TempDir Path dir) {
        assertThat(mountingOneFile(dir, "./services/consumer.py").validate()).noneMatch(f -> f.rule() == Rule.COMPOSE_COMMAND);
    }

    @Test
    void aVolumeOfAScriptTheCheckoutLacksIsReported(@TempDir Path dir) {
        assertThat(mountingOneFile(dir, "./services/consumr.py").validate()).filteredOn(f -> f.rule() == Rule.COMPOSE_COMMAND)
                .extracting(Finding::message).containsExactly("'consumer' runs /app/consumer.py, which its volume on /app/consumer.py maps"
                        + " to tests/plugin/data/sw_demo/services/consumr.py, and the checkout has no such file: Docker mounts an empty"
                        + " directory in its place; correct the volume's source, or add the file");
    }
}
