package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.run.Validator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules follow what the checkout itself says: its doc generator, and whether its plugins use the attribute convention. */
class CheckoutHistoryTest {
    @TempDir
    Path dir;

    @Test
    void pluginAttributesAreOnlyRequiredWhereTheCheckoutUsesThem() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        for (String module : new String[] {FixtureCheckout.PLUGIN, "skywalking/plugins/sw_flask.py"}) {
            checkout.write(module, checkout.read(module).replace("link_vector", "links").replace("support_matrix", "matrix")
                    .replace("note =", "remark ="));
        }
        // a release before the convention (v0.7.0 and older): no module declares a support_matrix
        assertThat(checkout.validate()).extracting(Finding::rule).doesNotContain(Rule.PLUGIN_ATTRIBUTE);
    }

    @Test
    void pluginsDocIsNotJudgedWhenTheCheckoutsOwnGeneratorWritesAnotherFormat() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        checkout.write(FixtureCheckout.DOC, checkout.read(FixtureCheckout.DOC).replace("| Library |", "Library |"));
        assertThat(checkout.validate()).extracting(Finding::rule).contains(Rule.PLUGINS_DOC);
        // v0.8.0's generator wrote the header without its leading '|'
        checkout.write("tools/doc/plugin_doc_gen.py", "print('Library | Python Version - Lib Version | Plugin Name')\n");
        assertThat(checkout.validate()).extracting(Finding::rule).doesNotContain(Rule.PLUGINS_DOC);
        checkout.write("tools/doc/plugin_doc_gen.py", "print('| Library | Python Version - Lib Version | Plugin Name |')\n");
        assertThat(checkout.validate()).extracting(Finding::rule).contains(Rule.PLUGINS_DOC);
    }

    @Test
    void aDirectoryWithoutPluginTestsIsAnErrorNotAGreenRun() throws java.io.IOException {
        Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Validator(ValidatorOptions.defaults(empty)).run())
                .isInstanceOf(ConfigurationException.class).hasMessage(empty + " is not a skywalking-python checkout: it has"
                        + " neither skywalking/__init__.py nor tests/plugin/ (nor, for the Java agent, test/plugin/scenarios/)");
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir.resolve("checkout"));
        Path plugins = checkout.root().resolve("skywalking/plugins");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Validator(ValidatorOptions.defaults(plugins)).run())
                .hasMessageEndingWith("; this is inside the checkout " + checkout.root() + ": run there, or set -Dswplugin.basedir="
                        + checkout.root());
    }
}
