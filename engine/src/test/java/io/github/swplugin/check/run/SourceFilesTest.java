package io.github.swplugin.check.run;

import static io.github.swplugin.check.FixtureCheckout.EXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.FixtureCheckout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walker lists the checkout, then reads what it listed: the checkout may change in between. */
class SourceFilesTest {
    @TempDir
    Path dir;

    @Test
    void fileThatDisappearsDuringTheWalkIsReported() throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        SourceFiles files = new SourceFiles(checkout.root(), 1 << 20, false);
        FileFindings findings = new FileFindings(EXPECTED);
        List<String> listed = files.list(List.of("tests"), path -> new FileFindings(path));
        assertThat(listed).contains(EXPECTED);
        Files.delete(checkout.root().resolve(EXPECTED));
        assertThat(files.read(EXPECTED, findings)).isEmpty();
        assertThat(findings.list().stream().map(Finding::toString)).containsExactly(EXPECTED + ":1:1: ERROR [unreadable-file] the file cannot be read: it disappeared while the checkout was being checked");
    }

    /** A checkout's link out of it must not let a check tell whether a file outside exists. */
    @Test
    void aFileReachedThroughALinkOutOfTheCheckoutDoesNotExist(@TempDir Path outside) throws IOException {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        Files.writeString(outside.resolve("secret.yml"), "x: 1\n");
        Files.createSymbolicLink(checkout.root().resolve("tests/plugin/outside"), outside);
        SourceFiles files = new SourceFiles(checkout.root(), 1 << 20, false);
        files.list(List.of("tests"), path -> new FileFindings(path));
        assertThat(files.exists("tests/plugin/outside/secret.yml")).isFalse();
        assertThat(files.exists(EXPECTED)).isTrue();
    }
}
