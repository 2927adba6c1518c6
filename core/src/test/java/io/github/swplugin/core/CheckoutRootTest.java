package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a hostile checkout holds (links out, names with ..) cannot steer a write or a delete outside it. */
class CheckoutRootTest {
    @TempDir
    Path dir;
    Path checkout;
    Path victim;
    CheckoutRoot root;

    @BeforeEach
    void layout() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        victim = Files.writeString(Files.createDirectories(dir.resolve("home/.ssh")).resolve("authorized_keys"), "mine\n");
        root = CheckoutRoot.of(checkout);
    }

    @Test
    void aFileLinkLeadingOutIsRefusedByNameAndItsTargetUntouched() throws IOException {
        Files.createSymbolicLink(checkout.resolve("pyproject.toml"), victim);
        assertThatThrownBy(() -> AtomicFiles.write(root, checkout.resolve("pyproject.toml"), "attack\n"))
                .isInstanceOf(UnsafePathException.class)
                .hasMessage("pyproject.toml is a symbolic link that leads out of the checkout (to " + victim.toRealPath()
                        + "): swplugin writes only inside the checkout; replace the link with a file");
        assertThat(Files.readString(victim)).isEqualTo("mine\n");
        try (var files = Files.list(victim.getParent())) {
            assertThat(files).containsExactly(victim);  // no temporary file left beside it either
        }
    }

    @Test
    void aDirectoryLinkLeadingOutIsRefusedForEveryFileUnderIt() throws IOException {
        Files.createSymbolicLink(checkout.resolve("target"), victim.getParent());
        assertThatThrownBy(() -> AtomicFiles.write(root, checkout.resolve("target/swplugin/validate.cache"), "x"))
                .isInstanceOf(UnsafePathException.class).hasMessageStartingWith("target is a symbolic link that leads out");
        assertThatThrownBy(() -> AtomicFiles.write(root, checkout.resolve("target/authorized_keys"), "x"))
                .isInstanceOf(UnsafePathException.class);
        assertThat(Files.readString(victim)).isEqualTo("mine\n");
        assertThat(victim.resolveSibling("swplugin")).doesNotExist();
    }

    @Test
    void aLinkThatDanglesIsRefusedRatherThanCreatingItsTarget() throws IOException {
        Path planned = dir.resolve("home/.bashrc");
        Files.createSymbolicLink(checkout.resolve("Plugins.md"), planned);
        assertThatThrownBy(() -> AtomicFiles.write(root, checkout.resolve("Plugins.md"), "x"))
                .isInstanceOf(UnsafePathException.class).hasMessageStartingWith("Plugins.md is a symbolic link to nothing");
        assertThat(planned).doesNotExist();
    }

    @Test
    void aLinkThatStaysInsideIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(checkout.resolve("real.yml"), "old\n");
        Files.createDirectories(checkout.resolve("docs"));
        Path link = Files.createSymbolicLink(checkout.resolve("docs/link.yml"), Path.of("../real.yml"));
        AtomicFiles.write(root, link, "new\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void aFileOfSwpluginsOwnIsNeverWrittenThroughALinkEvenOneThatStaysInside() throws IOException {
        Path source = Files.writeString(checkout.resolve("real.py"), "print()\n");
        Files.createDirectories(checkout.resolve("target/swplugin"));
        Files.createSymbolicLink(checkout.resolve("target/swplugin/validate.cache"), Path.of("../../real.py"));
        assertThatThrownBy(() -> root.owned(checkout.resolve("target/swplugin/validate.cache")))
                .isInstanceOf(UnsafePathException.class).hasMessageStartingWith("target/swplugin/validate.cache is a symbolic link: swplugin"
                        + " writes its own files (its cache, its reports) through no link");
        Files.createSymbolicLink(checkout.resolve("build"), checkout.resolve("target"));
        assertThatThrownBy(() -> root.owned(checkout.resolve("build/swplugin/other.cache"))).isInstanceOf(UnsafePathException.class);
        assertThat(root.owned(checkout.resolve("target/swplugin/new.cache"))).isEqualTo(root.real().resolve("target/swplugin/new.cache"));
        assertThat(Files.readString(source)).isEqualTo("print()\n");
    }

    @Test
    void aFileTheUserNamesOutsideIsWrittenButNeverThroughALinkThere() throws IOException {
        Path report = dir.resolve("reports/out.sarif");
        AtomicFiles.write(root, report, "{}\n");
        assertThat(Files.readString(report)).isEqualTo("{}\n");
        Path planted = Files.createSymbolicLink(dir.resolve("reports/planted.sarif"), victim);
        assertThatThrownBy(() -> AtomicFiles.write(root, planted, "x"))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("mine\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../home/.ssh/authorized_keys", "/etc/passwd", "a/../../home", "", "./x"})
    void aNameThatLeavesTheRootOrIsNotNormalIsRefused(String name) {
        assertThatThrownBy(() -> root.inside(name)).isInstanceOf(UnsafePathException.class)
                .hasMessageEndingWith("does not name a place inside the checkout: left alone");
        assertThatThrownBy(() -> root.withoutLinks(name)).isInstanceOf(UnsafePathException.class);
    }

    @Test
    void deletionsAndRestoresFollowNoLinkAtAllEvenOneThatStaysInside() throws IOException {
        Files.createDirectories(checkout.resolve("real"));
        Files.createSymbolicLink(checkout.resolve("inner"), checkout.resolve("real"));
        assertThatThrownBy(() -> root.withoutLinks("inner/file")).isInstanceOf(UnsafePathException.class)
                .hasMessage("inner is a symbolic link: left alone");
        assertThat(root.withoutLinks("real/file")).isEqualTo(checkout.toRealPath().resolve("real/file"));
    }
}
