package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the generator's own stub, alone in the staging directory, is ever removed. */
class StagingLeftoverTest {
    @TempDir
    Path checkout;

    @Test
    void theStubAloneIsRemovedWithItsDirectory() throws IOException {
        Path stub = stub();
        age(stub);
        assertThat(StagingLeftover.remove(checkout)).get().asString().startsWith("removed .swplugin-staging/");
        assertThat(stub.getParent()).doesNotExist();
        assertThat(StagingLeftover.remove(checkout)).isEmpty();
    }

    @Test
    void aFreshStubMayBeAGenerationStartingAndIsLeftAlone() throws IOException {
        Path stub = stub();
        assertThat(StagingLeftover.remove(checkout)).get().asString()
                .isEqualTo("left .swplugin-staging/ alone: an archetype:generate may be starting with it");
        assertThat(stub).exists();
    }

    @Test
    void aStagingDirectoryThatIsALinkIsNeverFollowed() throws IOException {
        Path outside = Files.createDirectories(checkout.resolveSibling(checkout.getFileName() + "-outside"));
        Path foreign = Files.writeString(outside.resolve("pom.xml"), "<!-- " + StagingLeftover.MARKER + " -->\n");
        age(foreign);
        Files.createSymbolicLink(checkout.resolve(StagingLeftover.DIRECTORY), outside);
        assertThat(StagingLeftover.remove(checkout)).isEmpty();
        assertThat(foreign).exists();
    }

    private static void age(Path stub) throws IOException {
        Files.setLastModifiedTime(stub, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(StagingLeftover.STARTING)
                .minusSeconds(1)));
    }

    @Test
    void anythingElseInTheDirectoryKeepsItAll() throws IOException {
        Path stub = stub();
        Files.writeString(stub.resolveSibling("notes.txt"), "mine\n");
        assertThat(StagingLeftover.remove(checkout)).isEmpty();
        assertThat(stub).exists();
    }

    @Test
    void aPomThatIsNotTheStubIsKept() throws IOException {
        Path pom = Files.createDirectories(checkout.resolve(StagingLeftover.DIRECTORY)).resolve("pom.xml");
        Files.writeString(pom, "<project/>\n");
        assertThat(StagingLeftover.remove(checkout)).isEmpty();
        assertThat(pom).exists();
    }

    private Path stub() throws IOException {
        Path stub = Files.createDirectories(checkout.resolve(StagingLeftover.DIRECTORY)).resolve("pom.xml");
        return Files.writeString(stub, "<!-- " + StagingLeftover.MARKER + ": ... -->\n<project/>\n");
    }
}
