package io.github.swplugin.check;

import static io.github.swplugin.check.FixtureCheckout.INIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Component enum against SkyWalking's component-libraries.yml (a fixture of the same shape). */
class ComponentRegistryRulesTest {
    @TempDir
    Path dir;

    private List<String> validateWithRegistry(FixtureCheckout checkout) {
        return checkout.validate(ValidatorOptions.defaults(checkout.root())
                .withComponentLibraries(FixtureCheckout.resource("component-libraries.yml"))).stream().map(Finding::toString).toList();
    }

    @Test
    void pythonIdNotRegisteredYetIsAWarning() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        int line = checkout.lineOf(INIT, "DemoLib");
        assertThat(validateWithRegistry(checkout)).containsExactly(INIT + ":" + line
                + ":5: WARNING [registry-pending] DemoLib = 7020 is not in component-libraries.yml yet: register it in apache/skywalking before release");
    }

    @Test
    void sharedIdMissingFromRegistryIsAnError() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(INIT, "    Redis = 7\n", "    Redis = 7\n    Cassandra = 70\n");
        assertThat(validateWithRegistry(checkout)).contains(INIT + ":" + checkout.lineOf(INIT, "Cassandra")
                + ":5: ERROR [registry-missing] Cassandra = 70 is not in component-libraries.yml; ids outside [7000, 8000) are shared"
                + " with other agents and must exist there");
    }

    @Test
    void registryEntryWithoutPythonIsAWarning() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(INIT, "    Redis = 7\n", "    Redis = 7\n    Tomcat = 1\n");
        List<String> findings = checkout.validate(ValidatorOptions.defaults(checkout.root())
                .withComponentLibraries(writeRegistryWith("Tomcat:\n  id: 1\n  languages: Java\n"))).stream().map(Finding::toString).toList();
        assertThat(findings).contains(INIT + ":" + checkout.lineOf(INIT, "Tomcat")
                + ":5: WARNING [registry-language] component-libraries.yml lists Tomcat (1) for Java but not Python: add Python to its languages");
        assertThat(validateWithRegistry(FixtureCheckout.copyTo(dir.resolve("listed")))).noneMatch(f -> f.contains("registry-language"));
    }

    @Test
    void nameDifferingFromRegistryIsAWarning() {
        FixtureCheckout renamed = FixtureCheckout.copyTo(dir).replace(INIT, "    Flask = 7001\n", "    FlaskApp = 7001\n");
        assertThat(validateWithRegistry(renamed)).contains(INIT + ":" + renamed.lineOf(INIT, "FlaskApp")
                + ":5: WARNING [registry-name] id 7001 is FlaskApp here but Flask in component-libraries.yml");
        assertThat(validateWithRegistry(FixtureCheckout.copyTo(dir.resolve("same")))).noneMatch(f -> f.contains("registry-name"));
        // another spelling convention of the same name is no difference anyone could fix
        FixtureCheckout spelled = FixtureCheckout.copyTo(dir.resolve("spelled")).replace(INIT, "    Flask = 7001\n", "    FlaskApp = 7001\n");
        assertThat(spelled.validate(ValidatorOptions.defaults(spelled.root()).withComponentLibraries(
                writeRegistryWith("flask-app:\n  id: 7001\n  languages: Python\n")))).extracting(Finding::rule).doesNotContain(Rule.REGISTRY_NAME);
    }

    @Test
    void withoutTheEnumComponentIdsAreCheckedAgainstTheRegistry() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(INIT, "class Component(Enum):", "class Components(Enum):");
        List<String> findings = validateWithRegistry(checkout);
        assertThat(findings).anyMatch(f -> f.contains("ERROR [unknown-component] componentId 7020 is not in component-libraries.yml"));
        assertThat(findings).noneMatch(f -> f.contains("componentId 7001"));
    }

    private Path writeRegistryWith(String entries) {
        Path file = dir.resolve("registry.yml");
        try {
            java.nio.file.Files.writeString(file, "Unknown:\n  id: 0\n  language: All\n" + entries);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }
}
