package io.github.swplugin.check;

import static io.github.swplugin.check.FixtureCheckout.EXPECTED;
import static io.github.swplugin.check.FixtureCheckout.PLUGIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.run.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a stranger's pull request can hold: each gets a finding that names the file and the
 * reason, within the limits, and the other files are still checked (the planted test_demo.py
 * finding below must always come through).
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private FixtureCheckout checkout() {
        return checkout(dir);
    }

    private static FixtureCheckout checkout(Path where) {
        return FixtureCheckout.copyTo(where).replace(FixtureCheckout.TEST, "lib_name='demo-lib'", "lib_name='demo'");
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(Finding::toString).toList();
    }

    private static void stillCheckedTheRest(List<Finding> findings) {
        assertThat(findings).anyMatch(f -> f.rule() == Rule.TEST_LIB_NAME);
    }

    @Test
    void aliasBombIsRefusedByTheAliasLimit() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append("]\n");
        }
        List<Finding> findings = checkout().write(EXPECTED, bomb.toString()).validate();
        assertThat(lines(findings)).anyMatch(l -> l.startsWith(EXPECTED + ":1:1: ERROR [yaml-syntax]") && l.contains("aliases"));
        stillCheckedTheRest(findings);
    }

    @Test
    void nestingTwentyThousandLevelsDeepIsRefusedByTheNestingLimit() {
        String flow = "segmentItems: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        String block = "segmentItems:\n  " + "- ".repeat(20_000) + "x\n";
        for (String text : List.of(flow, block)) {
            List<Finding> findings = checkout(dir.resolve(String.valueOf(text.hashCode()))).write(EXPECTED, text).validate();
            assertThat(findings).filteredOn(f -> f.path().equals(EXPECTED)).extracting(Finding::rule).contains(Rule.YAML_SYNTAX);
            assertThat(lines(findings)).anyMatch(l -> l.contains("Nesting Depth exceeded"));
            stillCheckedTheRest(findings);
        }
    }

    @Test
    void thirtyMegabyteFileIsReportedNotRead() throws IOException {
        FixtureCheckout checkout = checkout();
        byte[] big = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) '#');
        Files.write(checkout.root().resolve(EXPECTED), big);
        List<Finding> findings = checkout.validate();
        assertThat(lines(findings)).contains(EXPECTED + ":1:1: ERROR [unreadable-file] the file has 31457280 bytes, more than the limit of"
                + " 8388608: it was not checked (raise swplugin.maxFileSize if it is genuine)");
        stillCheckedTheRest(findings);
    }

    @Test
    void manySmallFilesAreAllChecked() throws IOException {
        FixtureCheckout checkout = checkout();
        String expected = checkout.read(EXPECTED);
        for (int i = 0; i < 2_000; i++) {
            Path test = checkout.root().resolve("tests/plugin/many/sw_" + i);
            Files.createDirectories(test);
            Files.writeString(test.resolve("expected.data.yml"), i == 1234 ? expected.replaceFirst("spanType: Exit", "spanType: exit") : expected);
        }
        Report report = new Validator(ValidatorOptions.defaults(checkout.root())).run();
        assertThat(report.filesChecked()).isEqualTo(2_000 + 13);
        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.SPAN_TYPE).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("tests/plugin/many/sw_1234/expected.data.yml"));
    }

    @Test
    void tabsEmptyFilesAndDirectoriesNamedLikeFiles() throws IOException {
        FixtureCheckout checkout = checkout().write(EXPECTED, "segmentItems:\n\t- serviceName: provider\n");
        Files.createDirectories(checkout.root().resolve("tests/plugin/data/sw_dir/expected.data.yml"));
        checkout.write("tests/plugin/data/sw_empty/expected.data.yml", "");
        List<String> findings = lines(checkout.validate());
        assertThat(findings).anyMatch(l -> l.startsWith(EXPECTED + ":2:1: ERROR [yaml-syntax]") && l.toLowerCase().contains("tab"));
        assertThat(findings).contains("tests/plugin/data/sw_dir/expected.data.yml:1:1: ERROR [unreadable-file] is a directory, not a file: rename it");
        assertThat(findings).contains("tests/plugin/data/sw_empty/expected.data.yml:1:1: ERROR [structure] the file is empty, so the collector"
                + " checks nothing: list the expected segmentItems");
    }

    @Test
    void symbolicLinkLoopIsReportedAndLinkedFilesAreChecked() throws IOException {
        FixtureCheckout checkout = checkout();
        Path linked = checkout.root().resolve("tests/plugin/data/sw_demo/loop");
        Files.createSymbolicLink(linked, checkout.root().resolve("tests/plugin/data"));
        Path alias = checkout.root().resolve("tests/plugin/data/sw_alias");
        Files.createDirectories(alias);
        Files.createSymbolicLink(alias.resolve("expected.data.yml"), checkout.root().resolve(EXPECTED));
        List<Finding> findings = checkout.validate();
        assertThat(lines(findings)).anyMatch(l -> l.startsWith("tests/plugin/data/sw_demo/loop:1:1: ERROR [unreadable-file] cannot be listed:"
                + " the symbolic link makes a loop"));
        assertThat(new Validator(ValidatorOptions.defaults(checkout.root())).run().files()).contains("tests/plugin/data/sw_alias/expected.data.yml");
        stillCheckedTheRest(findings);
    }

    @Test
    void aLinkLeadingOutOfTheCheckoutIsReportedNeverRead() throws IOException {
        FixtureCheckout checkout = checkout(dir.resolve("checkout"));
        Path secret = Files.writeString(dir.resolve("credentials"), "aws_secret_access_key: hunter2\n");
        Path linked = checkout.root().resolve("tests/plugin/data/sw_leak");
        Files.createDirectories(linked);
        Files.createSymbolicLink(linked.resolve("expected.data.yml"), secret);
        Files.createSymbolicLink(checkout.root().resolve("tests/plugin/data/outside"), dir);
        List<Finding> findings = checkout.validate();
        assertThat(lines(findings)).contains("tests/plugin/data/sw_leak/expected.data.yml:1:1: ERROR [unreadable-file] is a symbolic link"
                + " to " + secret.toRealPath() + ", outside the checkout: it was not read (swplugin reads only the checkout)");
        assertThat(lines(findings)).anyMatch(l -> l.startsWith("tests/plugin/data/outside:1:1: ERROR [unreadable-file] is a symbolic link"));
        assertThat(lines(findings)).noneMatch(l -> l.contains("hunter2") || l.contains("aws_secret"));
        stillCheckedTheRest(findings);
    }

    @Test
    void pythonItCannotReadIsAWarningNeverACrash() {
        String plugin = """
                link_vector = ['https://x'] + EXTRA_LINKS
                support_matrix = {**BASE, 'demo-lib': {'>=3.7': ['1.*']}}
                note = f'{NAME} is great'
                def install(): pass
                x = '''never closed
                """;
        // with the support_matrix unreadable, the lib_name check has nothing to compare with: it is skipped, not guessed
        List<String> findings = lines(checkout().write(PLUGIN, plugin).validate());
        assertThat(findings).contains(
                PLUGIN + ":1:29: WARNING [python-unparsed] link_vector is not a plain literal (the value goes on after the literal"
                        + " (+ EXTRA_LINKS)), so its checks were skipped",
                PLUGIN + ":2:19: WARNING [python-unparsed] support_matrix is not a plain literal ('**BASE, 'demo-lib':' is not a literal),"
                        + " so its checks were skipped",
                PLUGIN + ":3:8: WARNING [python-unparsed] note is not a plain literal (an f-string is computed, not a literal), so its checks"
                        + " were skipped");
        assertThat(findings).noneMatch(l -> l.contains("[unreadable-file]") || l.contains("[test-lib-name]"));
    }

    @Test
    void hugePythonLiteralIsRead() {
        StringBuilder versions = new StringBuilder("['1.0'");
        for (int i = 0; i < 200_000; i++) {
            versions.append(", '1.").append(i).append('\'');
        }
        String plugin = "link_vector = ['https://x']\nsupport_matrix = {'demo-lib': {'>=3.7': " + versions + "]}}\nnote = ''\n";
        List<Finding> findings = checkout().write(PLUGIN, plugin).validate();
        assertThat(findings).filteredOn(f -> f.path().equals(PLUGIN)).extracting(Finding::rule).containsOnly(Rule.LICENSE_HEADER);
    }

    @Test
    void limitsAreConfigurable() {
        FixtureCheckout checkout = checkout();
        String nested = "segmentItems: " + "[".repeat(30) + "]".repeat(30) + "\n";
        checkout.write(EXPECTED, nested);
        assertThat(new Validator(ValidatorOptions.defaults(checkout.root()).withYamlLimits(50, 20)).run().findings())
                .anyMatch(f -> f.rule() == Rule.YAML_SYNTAX && f.message().contains("Nesting Depth exceeded"));
        assertThat(new Validator(ValidatorOptions.defaults(checkout.root())).run().findings()).noneMatch(f -> f.rule() == Rule.YAML_SYNTAX);
        assertThat(Files.exists(checkout.root().resolve(EXPECTED))).isTrue();
        assertThat(nested.getBytes(StandardCharsets.UTF_8).length).isLessThan(100);
    }

    @Test
    void aDirectoryNamedWithALineBreakStillGivesOneLinePerFinding() throws IOException {
        FixtureCheckout checkout = checkout();
        Path odd = dir.resolve("tests/plugin/data/sw_a\nb");
        Files.createDirectories(odd);
        Files.writeString(odd.resolve("expected.data.yml"), "segmentItems:\n  - serviceName: x\n    segmentSize: 0\n    segments:\n"
                + "      - segmentId: not null\n");
        List<String> lines = lines(checkout.validate());
        assertThat(lines).filteredOn(l -> l.startsWith("tests/plugin/data/sw_a\\nb/expected.data.yml:")).isNotEmpty()
                .allMatch(l -> !l.contains("\n"));
    }

    @Test
    void anEightMegabyteWordIsRefusedAtOnceInsteadOfParsedInQuadraticTime() {
        String value = "x".repeat(8_000_000);
        List<Finding> findings = checkout().replace(EXPECTED, "value: Demo", "value: " + value).validate();
        assertThat(lines(findings)).anyMatch(l -> l.matches(java.util.regex.Pattern.quote(EXPECTED) + ":\\d+:24: ERROR \\[yaml-syntax]"
                + " more than 1048576 characters without a space or line break: .*"));
        stillCheckedTheRest(findings);
    }

    @Test
    void aFifoOrADeviceNamedLikeACheckedFileIsReportedNeverOpened() throws Exception {
        FixtureCheckout checkout = checkout();
        Path fifo = dir.resolve(EXPECTED);
        Files.delete(fifo);
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path zero = dir.resolve("tests/plugin/data/sw_zero");
        Files.createDirectories(zero);
        Files.createSymbolicLink(zero.resolve("expected.data.yml"), Path.of("/dev/zero"));
        Files.delete(dir.resolve(PLUGIN));
        Files.createSymbolicLink(dir.resolve(PLUGIN), Path.of("/dev/zero"));
        List<Finding> findings = checkout.validate();
        String notRegular = ":1:1: ERROR [unreadable-file] is not a regular file (a directory, FIFO or device): it was not read";
        // nothing else: Plugins.md is not judged without its module, the test's lib_name not without its plugin
        String outside = ":1:1: ERROR [unreadable-file] is a symbolic link to /dev/zero, outside the checkout: it was not read"
                + " (swplugin reads only the checkout)";
        assertThat(lines(findings)).containsExactly(PLUGIN + outside, EXPECTED + notRegular,
                "tests/plugin/data/sw_zero/expected.data.yml" + outside);
        assertThat(io.github.swplugin.check.docs.PluginsDocWriter.write(dir).problems())
                .containsExactly(PLUGIN + ": is not a regular file (a directory, FIFO or device): it was not read");
    }
}
