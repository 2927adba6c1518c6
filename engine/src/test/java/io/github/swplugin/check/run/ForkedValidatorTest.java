package io.github.swplugin.check.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A forked check reports what a check in this JVM reports, leaves the same cache behind, and says why when it cannot. */
public class ForkedValidatorTest {
    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    /** This JVM's class path: the engine and everything it needs. */
    private static List<Path> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    private ValidatorOptions cached() {
        return ValidatorOptions.defaults(dir).withCacheFile(dir.resolve("target/swplugin/validate.cache"));
    }

    @Test
    void aForkedCheckFindsWhatACheckInThisJvmFinds() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(FixtureCheckout.EXPECTED, "spanLayer: Http", "spanLayer: HTTP");
        Report here = new Validator(ValidatorOptions.defaults(dir)).run();

        Optional<Report> forked = ForkedValidator.run(cached(), classpath(), problems::add);

        assertThat(problems).isEmpty();
        assertThat(here.findings()).isNotEmpty();
        assertThat(forked).hasValueSatisfying(report -> {
            assertThat(report.findings()).isEqualTo(here.findings());
            assertThat(report.files()).isEqualTo(here.files());
        });
        assertThat(checkout.root().resolve("target/swplugin/validate.cache")).isRegularFile();
    }

    @Test
    void theNextRunHereReadsTheCacheAForkLeft() throws Exception {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        assertThat(ForkedValidator.checksEveryFile(cached())).isTrue();

        assertThat(ForkedValidator.run(cached(), classpath(), problems::add).orElseThrow().findings()).isEmpty();

        assertThat(ForkedValidator.checksEveryFile(cached())).isFalse();
        ResultCacheTest.trustStamps(cached().cacheFile().orElseThrow());
        // the fork's entry says the plugin sets another layer: it shows in the expectation's check only if the entry is read
        ResultCacheTest.rewriteEntries(cached().cacheFile().orElseThrow(), text -> text.replace("plugin-layer Cache", "plugin-layer Database"));
        checkout.write(FixtureCheckout.EXPECTED, checkout.read(FixtureCheckout.EXPECTED) + "# checked again\n");
        assertThat(new Validator(cached()).run().findings()).extracting(Finding::path, Finding::rule)
                .contains(tuple(FixtureCheckout.EXPECTED, Rule.PLUGIN_SPAN));
    }

    @Test
    void aRunOfChosenFilesOrWithACacheToReuseStaysHere() throws Exception {
        FixtureCheckout.copyTo(dir);

        assertThat(ForkedValidator.checksEveryFile(ValidatorOptions.defaults(dir))).isTrue();
        assertThat(ForkedValidator.checksEveryFile(ValidatorOptions.defaults(dir).withOnly(Set.of(FixtureCheckout.EXPECTED)))).isFalse();
        Files.createDirectories(dir.resolve("target/swplugin"));
        Files.writeString(dir.resolve("target/swplugin/validate.cache"), "");
        assertThat(ForkedValidator.checksEveryFile(cached())).isFalse();
    }

    @Test
    void aProblemWithTheOptionsIsThrownAsHere() {
        ValidatorOptions missing = ValidatorOptions.defaults(dir.resolve("missing"));
        String here = null;
        try {
            new Validator(missing).run();
        } catch (ConfigurationException e) {
            here = e.getMessage();
        }

        assertThat(here).isNotNull();
        assertThatThrownBy(() -> ForkedValidator.run(missing, classpath(), problems::add))
                .isInstanceOf(ConfigurationException.class).hasMessage(here);
    }

    @Test
    void aForkThatCannotRunSaysWhyAndGivesNoReport() {
        FixtureCheckout.copyTo(dir);

        Optional<Report> forked = ForkedValidator.run(cached(), List.of(dir.resolve("no-such.jar")), problems::add);

        assertThat(forked).isEmpty();
        assertThat(problems).singleElement().asString()
                .startsWith("the JVM forked for the check ended without a report")
                .contains(ForkedCheck.class.getName());
        assertThat(dir.resolve("target/swplugin/validate.cache")).doesNotExist();
    }
}
