package io.github.swplugin.check.run;

import static io.github.swplugin.check.run.ResultCacheTest.rewrite;
import static io.github.swplugin.check.run.ResultCacheTest.rewriteEntries;
import static io.github.swplugin.check.run.ResultCacheTest.trustStamps;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.ValidatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run after only expectations and tests changed checks only those, and takes the others' findings from the last run:
 * what it reports, and the files it says were read, are a full run's.
 */
class ChangedOnlyRunTest {
    private static final String CONSUMER = "tests/plugin/data/sw_demo/services/consumer.py";
    private static final String SPAN_TYPE = "is not Entry, Exit or Local";

    @TempDir
    Path dir;

    private Path cacheFile() {
        return dir.resolve("target/swplugin/validate.cache");
    }

    private Report run(boolean cached) {
        ValidatorOptions options = ValidatorOptions.defaults(dir);
        return new Validator(cached ? options.withCacheFile(cacheFile()) : options).run();
    }

    /** The fixture with a finding in the expectation, checked with the cache; its finding marked in the run file and the entries. */
    private FixtureCheckout checkedAndMarked() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit");
        assertThat(run(true).findings()).extracting(Finding::message).anyMatch(m -> m.contains(SPAN_TYPE));
        trustStamps(cacheFile());
        rewriteEntries(cacheFile(), text -> text.replace(SPAN_TYPE, "(entry) " + SPAN_TYPE));
        rewrite(cacheFile(), text -> text.replace(SPAN_TYPE, "(run) " + SPAN_TYPE));
        return checkout;
    }

    /**
     * The next run reports what a fresh one does, and lists the same files as read, with the expectation's finding marked
     * {@code from} (the run file, or the entries) and never {@code notFrom}.
     */
    private void assertAFreshRunsReportTakenFrom(String from, String notFrom) {
        Report changed = run(true);
        Report fresh = run(false);
        assertThat(changed.findings()).extracting(Finding::message).anyMatch(m -> m.contains(from)).noneMatch(m -> m.contains(notFrom));
        assertThat(unmarked(changed.findings())).isEqualTo(fresh.findings());
        assertThat(changed.files()).isEqualTo(fresh.files());
    }

    private static List<Finding> unmarked(List<Finding> findings) {
        return findings.stream().map(f -> new Finding(f.path(), f.line(), f.column(), f.rule(),
                f.message().replace("(run) ", "").replace("(entry) ", ""))).toList();
    }

    @Test
    void aTestEditedAloneIsCheckedAloneAndTheExpectationKeepsTheLastRunsFindings() {
        FixtureCheckout checkout = checkedAndMarked();
        checkout.write(FixtureCheckout.TEST, checkout.read(FixtureCheckout.TEST) + "# retried by the test runner\n");
        assertAFreshRunsReportTakenFrom("(run) ", "(entry) ");
    }

    @Test
    void theNextRunTakesTheMergedReportAsItsOwn() {
        FixtureCheckout checkout = checkedAndMarked();
        checkout.write(FixtureCheckout.TEST, checkout.read(FixtureCheckout.TEST) + "# retried by the test runner\n");
        run(true);
        trustStamps(cacheFile());
        // the expectation's finding, kept from the run before, is still its own: left out again, it is reported again
        checkout.write(FixtureCheckout.TEST, checkout.read(FixtureCheckout.TEST) + "# and again\n");
        assertThat(run(true).findings()).extracting(Finding::message).anyMatch(m -> m.contains("(run) "));
        // and once the expectation changes, its finding is its new text's
        checkout.write(FixtureCheckout.EXPECTED, checkout.read(FixtureCheckout.EXPECTED) + "# checked again\n");
        Report changed = run(true);
        assertThat(changed.findings()).isEqualTo(run(false).findings()).extracting(Finding::message).anyMatch(m -> m.contains(SPAN_TYPE));
    }

    @Test
    void anEditThatChangesAFactChecksTheFilesLeftOutFromTheirEntries() {
        FixtureCheckout checkout = checkedAndMarked();
        // a line added above the call moves it: a fact the checks across files use changed
        checkout.replace(CONSUMER, "import requests\n", "import requests\n\nTIMEOUT = 10\n");
        assertAFreshRunsReportTakenFrom("(entry) ", "(run) ");
    }

    @Test
    void aContextFileEditedWithATestChecksEveryFile() {
        FixtureCheckout checkout = checkedAndMarked();
        checkout.write(FixtureCheckout.TEST, checkout.read(FixtureCheckout.TEST) + "# retried by the test runner\n");
        checkout.write(FixtureCheckout.COMPOSE, checkout.read(FixtureCheckout.COMPOSE) + "# the compose file too\n");
        Report changed = run(true);
        assertThat(changed.findings()).extracting(Finding::message).noneMatch(m -> m.contains("(run) "));
        assertThat(unmarked(changed.findings())).isEqualTo(run(false).findings());
    }

    @Test
    void aFileChangedInTheTickTheLastRunReadItIsReadAgain() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
        Path expected = dir.resolve(FixtureCheckout.EXPECTED);
        FileTime justNow = FileTime.fromMillis(System.currentTimeMillis());
        Files.setLastModifiedTime(expected, justNow);
        assertThat(run(true).findings()).isEmpty();
        // saved over in place, in the same tick: same size, same time, same inode, so the same stamp
        Files.writeString(expected, checkout.read(FixtureCheckout.EXPECTED).replace("spanType: Exit", "spanType: exit"));
        Files.setLastModifiedTime(expected, justNow);
        assertThat(run(true).findings()).isEqualTo(run(false).findings()).extracting(Finding::message).anyMatch(m -> m.contains(SPAN_TYPE));
    }
}
