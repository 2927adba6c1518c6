package io.github.swplugin.check;

import static io.github.swplugin.check.FixtureCheckout.EXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.core.LicenseHeader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read become findings, and the other files are still checked. */
class FileProblemsTest {
    @TempDir
    Path dir;

    @Test
    void invalidUtf8IsReportedAndOtherFilesAreStillChecked() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir)
                .write(EXPECTED, new byte[] {'s', 'e', 'g', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'})
                .replace(FixtureCheckout.TEST, "lib_name='demo-lib'", "lib_name='demo'");
        List<String> findings = checkout.validate().stream().map(Finding::toString).toList();
        assertThat(findings).contains(EXPECTED + ":1:1: ERROR [unreadable-file] the file is not valid UTF-8: save it as UTF-8");
        assertThat(findings).anyMatch(f -> f.contains("[test-lib-name]"));
    }

    @Test
    void aReplacementCharacterInValidUtf8IsText() {
        // U+FFFD written as UTF-8 is valid: only malformed bytes make the file unreadable
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(EXPECTED, "serviceName: provider", "serviceName: provider  # \uFFFD");
        assertThat(checkout.validate()).extracting(Finding::rule).doesNotContain(Rule.UNREADABLE_FILE);
    }

    /** The rules about bytes (group File) cannot be shown by RuleCasesTest's text edits: each is shown here. */
    @Test
    void everyRuleAboutBytesIsShownHere() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).write(EXPECTED, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(checkout.validate()).extracting(Finding::rule)
                .containsAll(Arrays.stream(Rule.values()).filter(r -> r.group().equals("File")).toList());
    }

    @Test
    void validUtf8WithByteOrderMarkAndCrlfIsRead() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        String crlf = "\uFEFF" + checkout.read(EXPECTED).replace("\n", "\r\n");
        assertThat(checkout.write(EXPECTED, crlf).validate()).isEmpty();
    }

    @Test
    void fileOverTheSizeLimitIsReportedNotRead() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        List<Finding> findings = checkout.validate(ValidatorOptions.defaults(checkout.root()).withMaxFileBytes(1000));
        assertThat(findings).extracting(Finding::rule).contains(Rule.UNREADABLE_FILE);
        assertThat(findings).filteredOn(f -> f.path().equals(EXPECTED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("more than the limit of 1000").contains("swplugin.maxFileSize"));
    }

    @Test
    void expectationWithOnlyTheHeaderIsAnError() {
        String headerOnly = "# " + LicenseHeader.TEXT.strip().replace("\n", "\n# ") + "\n";
        List<String> findings = FixtureCheckout.copyTo(dir).write(EXPECTED, headerOnly).validate().stream().map(Finding::toString).toList();
        assertThat(findings).containsExactly(EXPECTED + ":1:1: ERROR [structure] the file is empty, so the collector checks nothing:"
                + " list the expected segmentItems");
    }

    @Test
    void binaryFilesAndEmptyFilesNeedNoHeader() throws Exception {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        Files.write(checkout.root().resolve("tests/plugin/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.writeString(checkout.root().resolve("tests/plugin/data/sw_demo/requirements.txt"), "");
        assertThat(checkout.validate()).isEmpty();
        Files.writeString(checkout.root().resolve("tests/plugin/data/sw_demo/notes.txt"), "to do\n", StandardCharsets.UTF_8);
        assertThat(checkout.validate()).extracting(Finding::toString)
                .containsExactly("tests/plugin/data/sw_demo/notes.txt:1:1: ERROR [license-header] the Apache-2.0 license header is missing:"
                        + " mvn swplugin:fix inserts it (or copy it from another file of the same type, in its comment style, to the top,"
                        + " after a shebang line)");
    }

    @Test
    void licenseIgnoresFollowLicensercAndGitignore() throws Exception {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        Files.writeString(checkout.root().resolve("tests/plugin/data/sw_demo/requirements.txt"), "demo-lib==1.0\n");
        Files.writeString(checkout.root().resolve("tests/plugin/README.md"), "# Plugin tests\n");
        assertThat(checkout.validate()).extracting(Finding::path)
                .containsExactlyInAnyOrder("tests/plugin/data/sw_demo/requirements.txt", "tests/plugin/README.md");
        checkout.write(".gitignore", "tests/**/requirements.txt\n").write(".licenserc.yaml", "header:\n  paths-ignore:\n    - '**/*.md'\n");
        assertThat(checkout.validate()).isEmpty();
    }
}
