package io.github.swplugin.check.files;

import static io.github.swplugin.check.FixtureCheckout.EXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's Flask entry spans, in a test whose provider imports Flask, or no longer does. */
class ComponentOwnershipTest {
    private static final String PROVIDER = "tests/plugin/data/sw_demo/services/provider.py";
    private static final String CONSUMER = "tests/plugin/data/sw_demo/services/consumer.py";

    private static List<String> lines(List<Finding> findings, Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).map(f -> f.path() + ":" + f.line()).toList();
    }

    @Test
    void aComponentOfAPluginTheTestDoesNotImportIsReportedAtEachSpan(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(PROVIDER, "from flask import Flask", "from sanic import Sanic");
        List<Finding> findings = checkout.validate();
        assertThat(lines(findings, Rule.COMPONENT_OWNER)).hasSize(2).first().isEqualTo(EXPECTED + ":" + checkout.lineOf(EXPECTED, "componentId: 7001"));
        assertThat(findings).filteredOn(f -> f.rule() == Rule.COMPONENT_OWNER).first().extracting(Finding::message).asString()
                .contains("componentId 7001 is Flask (7001), which only sw_flask reports").contains("sw_demo reports DemoLib (7020)");
    }

    @Test
    void theCacheFollowsTheEditsOfTheTestsPythonFiles(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        ValidatorOptions cached = ValidatorOptions.defaults(checkout.root()).withCacheFile(dir.resolve("target/swplugin/validate.cache"));
        assertThat(checkout.validate(cached)).isEmpty();
        checkout.replace(PROVIDER, "from flask import Flask", "from sanic import Sanic");
        List<Finding> afterEdit = checkout.validate(cached);
        assertThat(lines(afterEdit, Rule.COMPONENT_OWNER)).hasSize(2);
        assertThat(lines(afterEdit, Rule.PLUGIN_VARIABLE)).hasSize(1);
        assertThat(checkout.validate(cached)).isEqualTo(checkout.validate());
        checkout.replace(PROVIDER, "from sanic import Sanic", "from flask import Flask");
        assertThat(checkout.validate(cached)).isEmpty();
    }

    @Test
    void extendingAServiceOfAFileThatIsNotThereIsReported(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(FixtureCheckout.COMPOSE, "  provider:\n    image: agent\n",
                "  provider:\n    extends:\n      service: agent\n      file: ../../docker-compose.base.yml\n");
        assertThat(checkout.validate()).extracting(Finding::toString).anyMatch(line -> line.contains("[compose-reference] extends a service"
                + " of '../../docker-compose.base.yml', which does not exist (tests/plugin/docker-compose.base.yml from the checkout's root)"));
        String compose = checkout.read(FixtureCheckout.COMPOSE);
        checkout.write("tests/plugin/docker-compose.base.yml", compose.substring(0, compose.indexOf("version:"))
                + "version: '2.1'\n\nservices:\n  agent:\n    image: agent\n");
        assertThat(checkout.validate()).noneMatch(f -> f.rule() == Rule.COMPOSE_REFERENCE);
    }
    @Test
    void unknownOnAnExitSpanIsReportedWithThePluginsOwnComponent(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(EXPECTED, "componentId: 7002", "componentId: 0");
        assertThat(checkout.validate()).filteredOn(f -> f.rule() == Rule.UNKNOWN_COMPONENT_SPAN).extracting(Finding::message)
                .containsExactly("componentId 0 (Unknown) on an Exit span: every plugin of the agent that opens Exit spans gives them a"
                        + " component, and this test's files open none themselves, so the agent never sends 0 here;"
                        + " sw_demo reports DemoLib (7020)");
    }

    @Test
    void unknownMayComeFromASpanTheTestOpensItself(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(EXPECTED, "componentId: 7002", "componentId: 0")
                .replace(CONSUMER, "    requests.get(", "    get_context().new_exit_span(op='/users', peer='provider:9091')\n    requests.get(");
        assertThat(lines(checkout.validate(), Rule.UNKNOWN_COMPONENT_SPAN)).isEmpty();
    }

    @Test
    void unknownMayComeFromAPluginThatNamesNoComponent(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(EXPECTED, "componentId: 7002", "componentId: 0");
        checkout.write("skywalking/plugins/sw_bare.py", checkout.read("skywalking/plugins/sw_demo.py").replace(", component=Component.DemoLib", ""));
        assertThat(lines(checkout.validate(), Rule.UNKNOWN_COMPONENT_SPAN)).isEmpty();
    }
}
