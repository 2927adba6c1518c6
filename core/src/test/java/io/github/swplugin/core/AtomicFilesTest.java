package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole-file write keeps what the user set up: the file's mode, and a symbolic link as a link. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aReplacedFileKeepsItsMode() throws IOException {
        Path script = Files.writeString(dir.resolve("run.sh"), "old\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        AtomicFiles.write(CheckoutRoot.of(dir), script, "new\n");
        assertThat(Files.readString(script)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aNewFileGetsTheModeOfAnyNewFileNotATemporaryFilesOwnerOnlyMode() throws IOException {
        Path reference = Files.writeString(dir.resolve("reference"), "");
        Path written = dir.resolve("sub/new.yml");
        AtomicFiles.write(CheckoutRoot.of(dir), written, "x\n");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(reference));
        try (var files = Files.list(written.getParent())) {
            assertThat(files).containsExactly(written);
        }
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws IOException {
        Path target = Files.writeString(dir.resolve("real.yml"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yml"), target.getFileName());
        AtomicFiles.write(CheckoutRoot.of(dir), link, "new\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new\n");
    }
}
