package io.github.swplugin.check.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged expectation's findings come from the cache only while what its checks consult is unchanged too. */
public class ResultCacheTest {
    @TempDir
    Path dir;

    private Path cacheFile() {
        return dir.resolve("target/swplugin/validate.cache");
    }

    private ValidatorOptions cached() {
        return ValidatorOptions.defaults(dir).withCacheFile(cacheFile());
    }

    /** The fixture checkout, checked once with the cache (it is clean) and every stamp then trusted. */
    private FixtureCheckout checkedAndTrusted() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        assertThat(checkout.validate(cached())).isEmpty();
        trustStamps(cacheFile());
        return checkout;
    }

    /**
     * Makes the next run trust every stamp in the cache, as it would once the last run is more than the racy window
     * old: files written by a test are always younger than that, so without this no test would take a file as unchanged.
     */
    public static void trustStamps(Path cacheFile) {
        String later = String.valueOf(System.currentTimeMillis() + 3_600_000);
        // the entries file: each block's start, a line of its own (the only lines without a tab, after the header)
        rewriteEntries(cacheFile, text -> text.lines().map(line -> line.startsWith("swplugin") || line.contains("\t") ? line : later)
                .collect(Collectors.joining("\n", "", "\n")));
        rewrite(cacheFile, text -> {
            String[] header = text.substring(0, text.indexOf('\n')).split(" ");
            header[4] = later;
            return String.join(" ", header) + text.substring(text.indexOf('\n'));
        });
    }

    /**
     * Changes the entries file as if the last run had written it so: the run file, which names the entries file it
     * trusts by its stamp, is brought up to date too.
     */
    static void rewriteEntries(Path cacheFile, UnaryOperator<String> change) {
        rewrite(entriesFile(cacheFile), change);
        String stamp = SourceFiles.stampOf(entriesFile(cacheFile)).id();
        rewrite(cacheFile, text -> {
            int second = text.indexOf('\n') + 1;
            String[] head = text.substring(second, text.indexOf('\n', second)).split("\t", -1);
            head[1] = stamp;
            return text.substring(0, second) + String.join("\t", head) + text.substring(text.indexOf('\n', second));
        });
    }

    static void rewrite(Path file, UnaryOperator<String> change) {
        try {
            Files.writeString(file, change.apply(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the single files' entries are kept, beside the last run. */
    private static Path entriesFile(Path cacheFile) {
        return cacheFile.resolveSibling(cacheFile.getFileName() + ".files");
    }

    @Test
    void aCacheFileLargerThanTheLimitIsNoCacheAndCostsNoMemory() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        Files.createDirectories(cacheFile().getParent());
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(cacheFile().toFile(), "rw")) {
            huge.setLength(2L << 30);  // sparse: 2 GiB that take no disk
        }
        checkout.replace(FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit");
        assertThat(checkout.validate(cached())).isEqualTo(checkout.validate()).isNotEmpty();
        assertThat(Files.size(cacheFile())).isLessThan(1 << 20);  // replaced by this run's own
    }

    @Test
    void aCommittedCacheLinkLeadingOutIsNeitherReadNorWrittenThrough() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir.resolve("checkout"));
        Path victim = Files.writeString(dir.resolve("authorized_keys"), "ssh-ed25519 mine\n");
        Path cache = dir.resolve("checkout/target/swplugin/validate.cache");
        Files.createDirectories(cache.getParent());
        Files.createSymbolicLink(cache, victim);
        Files.createSymbolicLink(entriesFile(cache), victim);
        assertThat(checkout.validate(ValidatorOptions.defaults(dir.resolve("checkout")).withCacheFile(cache))).isEqualTo(checkout.validate());
        assertThat(Files.readString(victim)).isEqualTo("ssh-ed25519 mine\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("checkout", "authorized_keys");
        }
    }

    @Test
    void aCommittedCacheLinkToAFileOfTheCheckoutIsNotWrittenThrough() throws IOException {
        FixtureCheckout checkout = checkedAndTrusted();
        String test = checkout.read(FixtureCheckout.TEST);
        // the worst case: the run file names the link's stamp, so the entries are believed and a run would append to them
        Path entries = entriesFile(cacheFile());
        Files.delete(entries);
        Files.createSymbolicLink(entries, dir.resolve(FixtureCheckout.TEST));
        rewriteEntries(cacheFile(), text -> text);
        checkout.replace(FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit");
        assertThat(checkout.validate(cached())).isEqualTo(checkout.validate()).isNotEmpty();
        assertThat(checkout.read(FixtureCheckout.TEST)).isEqualTo(test);
        assertThat(Files.isSymbolicLink(entries)).as("left alone: no cache kept through it").isTrue();
    }

    @Test
    void aFileSavedOverWithItsSizeAndTimeIsReadAgain() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        ValidatorOptions cached = cached();
        assertThat(checkout.validate(cached)).isEmpty();
        Path expected = dir.resolve(FixtureCheckout.EXPECTED);
        FileTime time = Files.getLastModifiedTime(expected);
        long size = Files.size(expected);
        trustStamps(cacheFile());
        // written as git and rsync write a file: a new one renamed over the old, here with the same size and the
        // modification time set back, so that only the inode tells them apart
        Path saved = expected.resolveSibling("expected.data.yml.new");
        Files.writeString(saved, checkout.read(FixtureCheckout.EXPECTED).replace("spanType: Exit", "spanType: exit"));
        Files.setLastModifiedTime(saved, time);
        Files.move(saved, expected, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(Files.size(expected)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(expected)).isEqualTo(time);
        assertThat(checkout.validate(cached)).isEqualTo(checkout.validate()).isNotEmpty();
    }

    @Test
    void aFileCheckedOnlyForItsHeaderKeepsItsFindingUntilItChanges() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        String requirements = "tests/plugin/data/sw_demo/requirements.txt";
        checkout.write(requirements, "pymemcache==4.0.0\n");
        assertThat(checkout.validate(cached())).extracting(Finding::path, Finding::rule).containsExactly(
                tuple(requirements, Rule.LICENSE_HEADER));
        trustStamps(cacheFile());
        // another file changed: the whole tree is not the last run's, the header file's entry is taken by its stamp
        checkout.replace(FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit");
        assertThat(checkout.validate(cached())).isEqualTo(checkout.validate()).extracting(Finding::path).contains(requirements);
        checkout.write(requirements, checkout.read("tests/plugin/data/sw_demo/test_demo.py").lines().takeWhile(line -> line.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n")) + "pymemcache==4.0.0\n");
        assertThat(checkout.validate(cached())).isEqualTo(checkout.validate()).extracting(Finding::path).doesNotContain(requirements);
    }

    @Test
    void aNewFileInAnUnchangedCheckoutIsChecked() throws IOException {
        FixtureCheckout checkout = checkedAndTrusted();
        ValidatorOptions cached = cached();
        assertThat(checkout.validate(cached)).as("taken as unchanged").isEmpty();
        Path copy = dir.resolve("tests/plugin/data/sw_demo/more/expected.data.yml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, Files.readString(dir.resolve(FixtureCheckout.EXPECTED)).replace("spanType: Exit", "spanType: exit"));
        assertThat(checkout.validate(cached)).isEqualTo(checkout.validate()).extracting(Finding::path)
                .contains("tests/plugin/data/sw_demo/more/expected.data.yml");
    }

    @Test
    void aLicenseConfigurationAddedToAnUnchangedCheckoutApplies() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(FixtureCheckout.TEST, "# Licensed to the Apache", "# Licenced to the Apache");
        ValidatorOptions cached = cached();
        assertThat(checkout.validate(cached)).extracting(Finding::rule).contains(Rule.LICENSE_HEADER);
        trustStamps(cacheFile());
        Files.writeString(dir.resolve(".licenserc.yaml"), "header:\n  paths-ignore:\n    - 'tests/plugin/data/sw_demo/test_demo.py'\n");
        assertThat(checkout.validate(cached)).isEqualTo(checkout.validate()).extracting(Finding::rule).doesNotContain(Rule.LICENSE_HEADER);
    }

    @Test
    void aChangeInTheEnumReachesTheUnchangedExpectation() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        ValidatorOptions cached = ValidatorOptions.defaults(dir).withCacheFile(dir.resolve("target/swplugin/validate.cache"));
        assertThat(checkout.validate(cached)).isEmpty();
        checkout.replace(FixtureCheckout.INIT, "    DemoLib = 7020", "    DemoLib = 7021");
        List<Finding> after = checkout.validate(cached);
        assertThat(after).isEqualTo(checkout.validate()).extracting(Finding::path).contains(FixtureCheckout.EXPECTED);
    }

    @Test
    void aDamagedCacheIsOnlyASlowerRun() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit");
        Path file = dir.resolve("target/swplugin/validate.cache");
        ValidatorOptions cached = ValidatorOptions.defaults(dir).withCacheFile(file);
        List<Finding> fresh = checkout.validate();
        checkout.validate(cached);
        for (Path damaged : List.of(file, entriesFile(file))) {
            String text = Files.readString(damaged);
            Files.writeString(damaged, text.substring(0, text.length() / 2));  // cut short, as a full disk leaves it
            assertThat(checkout.validate(cached)).isEqualTo(fresh);
            Files.writeString(damaged, "garbage");
            assertThat(checkout.validate(cached)).isEqualTo(fresh);
        }
    }

    @Test
    void anEditThatChangesNoFactReusesTheFindingsAcrossFilesAndOneThatDoesChecksAgain() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir)
                .replace(FixtureCheckout.COMPOSE, "    depends_on:\n      provider:\n        condition: service_healthy\n", "");
        ValidatorOptions cached = cached();
        assertThat(checkout.validate(cached)).extracting(Finding::rule).contains(Rule.COMPOSE_DEPENDS);
        // marks the kept finding, so that a reuse shows; a comment appended to the script changes none of its facts
        rewrite(cacheFile(), text -> text.replace("does not depend on", "(kept) does not depend on"));
        String consumer = "tests/plugin/data/sw_demo/services/consumer.py";
        checkout.write(consumer, checkout.read(consumer) + "# retried by the test runner\n");
        assertThat(checkout.validate(cached)).extracting(Finding::message).anyMatch(m -> m.contains("(kept) does not depend on"));
        // a line added above the call moves it: a fact changed, and the checks across files run again
        checkout.replace(consumer, "import requests\n", "import requests\n\nTIMEOUT = 10\n");
        assertThat(checkout.validate(cached)).isEqualTo(checkout.validate()).extracting(Finding::message)
                .noneMatch(m -> m.contains("(kept)")).anyMatch(m -> m.contains("does not depend on"));
    }

    @Test
    void aFileTheChecksAcrossFilesLookedForOutsideTheListedDirectoriesIsLookedForAgain() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(FixtureCheckout.COMPOSE, "  consumer:\n    image: agent\n",
                "  consumer:\n    extends:\n      file: ../../../../compose/base.yml\n      service: agent\n    image: agent\n");
        ValidatorOptions cached = cached();
        List<Finding> missing = checkout.validate(cached);
        assertThat(missing).isEqualTo(checkout.validate()).extracting(Finding::rule).contains(Rule.COMPOSE_REFERENCE);
        // compose/ is not listed: the listing and every fact stay the same, only the answer to "is it there?" changes
        checkout.write("compose/base.yml", "services:\n  agent:\n    image: agent\n");
        assertThat(checkout.validate(cached)).isEqualTo(checkout.validate()).isNotEqualTo(missing);
    }

    @Test
    void entriesNotWrittenByTheLastRunAreNotBelieved() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit");
        ValidatorOptions cached = cached();
        List<Finding> fresh = checkout.validate();
        assertThat(checkout.validate(cached)).isEqualTo(fresh).extracting(Finding::path).contains(FixtureCheckout.EXPECTED);
        // what a pull request could commit: the expectation's entry for its very text, with its findings taken out
        Path entries = entriesFile(cacheFile());
        Files.writeString(entries, withoutFindingsOf(Files.readString(entries), FixtureCheckout.EXPECTED));
        checkout.write(FixtureCheckout.EXPECTED, checkout.read(FixtureCheckout.EXPECTED));  // a new stamp, as a checkout gives it
        assertThat(checkout.validate(cached)).isEqualTo(fresh);
    }

    @Test
    void aRunThatChangedOneFileAppendsItsEntryWhichTheNextRunTakes() throws IOException {
        FixtureCheckout checkout = checkedAndTrusted();
        ValidatorOptions cached = cached();
        checkout.replace(FixtureCheckout.EXPECTED, "spanType: Exit", "spanType: exit");
        List<Finding> fresh = checkout.validate();
        assertThat(checkout.validate(cached)).isEqualTo(fresh).isNotEmpty();
        String entries = Files.readString(entriesFile(cacheFile()));
        assertThat(blocks(entries)).as("the file's entries kept, the changed one appended").hasSize(2);
        assertThat(blocks(entries).get(1)).startsWith(FixtureCheckout.EXPECTED + "\t");
        // the appended entry, marked, is what the next run reports; the one before it had no findings. The file is saved
        // again as it was: read again for its new stamp, it is known by its digest
        rewriteEntries(cacheFile(), text -> text.replaceAll("(\\d\t\\d+\t[a-z-]+\t)", "$1(kept) "));
        trustStamps(cacheFile());
        checkout.write(FixtureCheckout.EXPECTED, checkout.read(FixtureCheckout.EXPECTED));
        assertThat(checkout.validate(cached)).hasSameSizeAs(fresh).extracting(Finding::message).allMatch(m -> m.startsWith("(kept) "));
    }

    @Test
    void whatAnUnchangedAgentSourceReadStillCountsForTheFilesCheckedAgain() {
        FixtureCheckout checkout = checkedAndTrusted();
        // skywalking/config.py and skywalking/trace/tags.py are taken from the cache: the variables the agent reads, and
        // the key TagCacheType sets (the plugin sets it to 'Demo'), come from their entries
        checkout.replace(FixtureCheckout.EXPECTED, "value: Demo", "value: demo")
                .replace(FixtureCheckout.COMPOSE, "      SW_AGENT_NAME: provider\n", "      SW_AGENT_NAME: provider\n      SW_AGENT_NAEM: x\n");
        List<Finding> fresh = checkout.validate();
        assertThat(fresh).extracting(Finding::rule).contains(Rule.PLUGIN_SPAN, Rule.AGENT_CONFIG);
        assertThat(checkout.validate(cached())).isEqualTo(fresh);
    }

    @Test
    void anUnchangedPluginModuleIsKnownByItsEntry() {
        // the entry says the plugin sets another layer: what the run then knows of the module shows in the expectation's check
        assertKnownByItsEntry(text -> text.replace("plugin-layer Cache", "plugin-layer Database"), FixtureCheckout.EXPECTED, Rule.PLUGIN_SPAN);
    }

    @Test
    void anUnchangedEnumIsKnownByItsEntry() {
        // the entry says the member has another name: the plugin module's Component.DemoLib is then unknown
        assertKnownByItsEntry(text -> text.replaceAll("(component 7020 \\d+ \\d+ )DemoLib(?=[\t\n])", "$1DemoLibrary"),
                FixtureCheckout.PLUGIN, Rule.UNKNOWN_COMPONENT);
    }

    /** A context file's entry, edited, shows in the next run's findings after the expectation changed: the file was not read. */
    private void assertKnownByItsEntry(UnaryOperator<String> editEntries, String path, Rule rule) {
        FixtureCheckout checkout = checkedAndTrusted();
        rewriteEntries(cacheFile(), editEntries);
        checkout.write(FixtureCheckout.EXPECTED, checkout.read(FixtureCheckout.EXPECTED) + "# checked again\n");
        assertThat(checkout.validate(cached())).extracting(Finding::path, Finding::rule).contains(tuple(path, rule));
        assertThat(checkout.validate()).isEmpty();
    }

    @Test
    void aRegistryChangeReachesTheUnchangedEnum() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        Path registry = dir.resolve(FixtureCheckout.REGISTRY);
        ValidatorOptions cached = cached().withComponentLibraries(registry);
        assertThat(checkout.validate(cached)).isEmpty();
        trustStamps(cacheFile());
        checkout.replace(FixtureCheckout.REGISTRY, "DemoLib:\n  id: 7020\n", "DemoLibrary:\n  id: 7021\n");
        List<Finding> fresh = checkout.validate(ValidatorOptions.defaults(dir).withComponentLibraries(registry));
        assertThat(fresh).extracting(Finding::path, Finding::rule).containsExactly(tuple(FixtureCheckout.INIT, Rule.REGISTRY_PENDING));
        assertThat(checkout.validate(cached)).isEqualTo(fresh);
    }

    @Test
    void aChangeInTheEnumReachesTheUnchangedPluginModule() {
        FixtureCheckout checkout = checkedAndTrusted();
        checkout.replace(FixtureCheckout.INIT, "    DemoLib = 7020", "    DemoLibrary = 7020");
        List<Finding> fresh = checkout.validate();
        assertThat(fresh).extracting(Finding::path, Finding::rule).contains(tuple(FixtureCheckout.PLUGIN, Rule.UNKNOWN_COMPONENT));
        assertThat(checkout.validate(cached())).isEqualTo(fresh);
    }

    @Test
    void entriesReplacedAgainAndAgainAreCompacted() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        ValidatorOptions cached = cached();
        checkout.validate(cached);
        int files = blocks(Files.readString(entriesFile(cacheFile()))).get(0).split("\n(?=[^\t\n]*/)").length;
        for (int i = 0; i < 12; i++) {
            trustStamps(cacheFile());
            checkout.write(FixtureCheckout.TEST, checkout.read(FixtureCheckout.TEST) + "# run " + i + "\n");
            assertThat(checkout.validate(cached)).isEqualTo(checkout.validate());
            String entries = Files.readString(entriesFile(cacheFile()));
            assertThat(blocks(entries).size() - 1).as("appended blocks of one entry each").isLessThanOrEqualTo(files / 2);
        }
    }

    @Test
    void aFileThatWentLeavesNoEntry() throws IOException {
        FixtureCheckout checkout = checkedAndTrusted();
        Files.delete(dir.resolve(FixtureCheckout.TEST));
        assertThat(checkout.validate(cached())).isEqualTo(checkout.validate());
        String entries = Files.readString(entriesFile(cacheFile()));
        assertThat(blocks(entries)).hasSize(1);
        assertThat(entries).doesNotContain(FixtureCheckout.TEST + "\t");
    }

    /** The blocks of an entries file, each without its first line (the start of the run that wrote it). */
    private static List<String> blocks(String entries) {
        return List.of(entries.substring(entries.indexOf('\n') + 1).split("(?m)^[^\t\n]*\n")).stream().filter(b -> !b.isEmpty()).toList();
    }

    /** The entries file's text with the findings of one file's entry removed. */
    private static String withoutFindingsOf(String text, String path) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String[] head = lines.get(i).split("\t", -1);
            if (head[0].equals(path) && head.length > 4) {
                int count = Integer.parseInt(head[4]);
                head[4] = "0";
                lines.set(i, String.join("\t", head));
                lines.subList(i + 1, i + 1 + count).clear();
                return String.join("\n", lines);
            }
        }
        throw new AssertionError(path + " has no entry");
    }
}
