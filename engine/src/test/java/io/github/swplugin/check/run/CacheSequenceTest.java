package io.github.swplugin.check.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.ValidatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long sequences of the edits a contributor makes, each followed by a run with the cache and one without: the two must
 * report the same after every step. The cache's entries are appended to, compacted and rewritten along the way, files
 * come and go, and time passes (every stamp trusted) at random points, so that each entry is taken from a block of its
 * own age.
 */
class CacheSequenceTest {
    private static final String CONSUMER = "tests/plugin/data/sw_demo/services/consumer.py";
    private static final String CONFIG = "skywalking/config.py";
    private static final String TAGS = "skywalking/trace/tags.py";
    private static final String COPY = "tests/plugin/data/sw_demo/again/expected.data.yml";
    /** A file the checks do not parse: only its license header is checked. */
    private static final String REQUIREMENTS = "tests/plugin/data/sw_demo/requirements.txt";

    @TempDir
    Path dir;

    @Test
    void everyStepReportsWhatAFreshRunReports() {
        // findings that hang on other files: a call to a service not waited for (across files, its line a fact), and a
        // tag value the plugin never sets (under the key tags.py gives the tag class)
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir)
                .replace(FixtureCheckout.COMPOSE, "    depends_on:\n      provider:\n        condition: service_healthy\n", "")
                .replace(FixtureCheckout.EXPECTED, "value: Demo", "value: demo");
        assertThat(checkout.validate()).extracting(f -> f.rule().id()).contains("compose-depends", "plugin-span");
        Path cacheFile = dir.resolve("target/swplugin/validate.cache");
        ValidatorOptions cached = ValidatorOptions.defaults(dir).withCacheFile(cacheFile);
        List<Consumer<FixtureCheckout>> edits = edits();
        Random random = new Random(24);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 80; step++) {
            int edit = random.nextInt(edits.size() + 1);
            if (edit == edits.size()) {
                ResultCacheTest.trustStamps(cacheFile);  // time passes: the last run's stamps are no longer racy
                done.add("trust");
            } else {
                edits.get(edit).accept(checkout);
                done.add("edit " + edit);
            }
            assertThat(checkout.validate(cached)).as("after %s", done).isEqualTo(checkout.validate());
        }
    }

    /** Each edit undoes itself when applied again. */
    private List<Consumer<FixtureCheckout>> edits() {
        return List.of(
                // a finding in an expectation, and gone again
                checkout -> toggle(checkout, FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit"),
                // a comment: no fact changes
                checkout -> checkout.write(FixtureCheckout.TEST, checkout.read(FixtureCheckout.TEST) + "# again\n"),
                // a line above the call: the call's line, a fact, moves
                checkout -> toggle(checkout, CONSUMER, "import requests\n", "import requests\n\nTIMEOUT = 10\n"),
                // the same text written again: a new stamp, the same digest
                checkout -> checkout.write(FixtureCheckout.COMPOSE, checkout.read(FixtureCheckout.COMPOSE)),
                // an expectation that comes and goes
                checkout -> {
                    Path copy = dir.resolve(COPY);
                    try {
                        if (Files.exists(copy)) {
                            Files.delete(copy);
                        } else {
                            Files.createDirectories(copy.getParent());
                            Files.writeString(copy, checkout.read(FixtureCheckout.EXPECTED).replace("spanType: Entry", "spanType: entry"));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                // a variable set in the compose file, and one the agent's sources name
                checkout -> toggle(checkout, FixtureCheckout.COMPOSE, "      SW_AGENT_NAME: provider\n",
                        "      SW_AGENT_NAME: provider\n      SW_AGENT_NAEM: provider\n"),
                checkout -> toggle(checkout, CONFIG, "agent_name: str =", "agent_naem: str = os.getenv('SW_AGENT_NAEM')\nagent_name: str ="),
                // the key a tag class sets, which the plugin's literal is checked under
                checkout -> toggle(checkout, TAGS, "key = 'cache.type'", "key = 'cache.kind'"),
                // a file checked only for its header: written without one, then with it
                checkout -> {
                    String header = checkout.read(FixtureCheckout.TEST).lines().takeWhile(line -> line.startsWith("#"))
                            .map(line -> line + "\n").reduce("", String::concat);
                    String body = "pymemcache==4.0.0\n";
                    boolean headed = Files.exists(dir.resolve(REQUIREMENTS)) && checkout.read(REQUIREMENTS).startsWith("#");
                    checkout.write(REQUIREMENTS, Files.exists(dir.resolve(REQUIREMENTS)) && !headed ? header + body : body);
                });
    }

    private static void toggle(FixtureCheckout checkout, String path, String one, String other) {
        String text = checkout.read(path);
        checkout.write(path, text.contains(other) ? text.replace(other, one) : text.replace(one, other));
    }
}
