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

/** A span of a plugin the test cannot exercise: Flask's entry spans in a test whose services import no Flask. */
class ComponentOwnershipTest {
    private static final String FLASK_PLUGIN = "skywalking/plugins/sw_flask.py";
    private static final String PROVIDER = "tests/plugin/data/sw_demo/services/provider.py";

    private static FixtureCheckout withFlaskPlugin(Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        String header = checkout.read(PROVIDER.replace("provider.py", "__init__.py"));
        checkout.write(FLASK_PLUGIN, header + "from skywalking import Layer, Component\n"
                + "from skywalking.trace.context import get_context\n\n\ndef install():\n    from flask import Flask\n\n"
                + "    def _sw_handle(this):\n        with get_context().new_entry_span(op='/', component=Component.Flask) as span:\n"
                + "            span.layer = Layer.Http\n");
        return checkout;
    }

    private static List<String> owners(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule() == Rule.COMPONENT_OWNER).map(f -> f.path() + ":" + f.line()).toList();
    }

    @Test
    void aComponentOfAPluginTheServicesDoNotImportIsReportedAtEachSpan(@TempDir Path dir) {
        FixtureCheckout checkout = withFlaskPlugin(dir);
        List<Finding> findings = checkout.validate();
        int first = checkout.lineOf(EXPECTED, "componentId: 7001");
        assertThat(owners(findings)).hasSize(2).first().isEqualTo(EXPECTED + ":" + first);
        assertThat(findings).filteredOn(f -> f.rule() == Rule.COMPONENT_OWNER).first().extracting(Finding::message).asString()
                .contains("componentId 7001 is Flask (7001), which only sw_flask reports").contains("sw_demo reports DemoLib (7020)");
    }

    @Test
    void aServiceThatImportsTheLibraryMayProduceItsSpansAndTheCacheFollowsItsEdits(@TempDir Path dir) {
        FixtureCheckout checkout = withFlaskPlugin(dir);
        String header = checkout.read(PROVIDER.replace("provider.py", "__init__.py"));
        checkout.write(PROVIDER, header + "from flask import Flask\n\napp = Flask(__name__)\n");
        ValidatorOptions cached = ValidatorOptions.defaults(checkout.root()).withCacheFile(dir.resolve("target/swplugin/validate.cache"));
        assertThat(owners(checkout.validate(cached))).isEmpty();
        checkout.write(PROVIDER, header + "import sanic\n\napp = sanic.Sanic('provider')\n");
        assertThat(owners(checkout.validate(cached))).hasSize(2);
        assertThat(owners(checkout.validate(cached))).isEqualTo(owners(checkout.validate()));
    }
}
