package io.github.swplugin.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The archetype generator's stub {@code .swplugin-staging/pom.xml}, left behind when a generation was
 * killed before its script could remove it; while it is there, the generator refuses ("A Maven project
 * already exists"). Removed only when it is exactly the stub, alone in a real directory (no link on the way),
 * and old enough that no generation can still be starting with it: the generator writes the stub a moment
 * before the archetype's script takes the checkout's lock. Call it holding that lock.
 */
public final class StagingLeftover {
    public static final String DIRECTORY = ".swplugin-staging";
    /** The first line of the stub pom, which says what it is. */
    public static final String MARKER = "swplugin-staging-stub";
    /** Far more than a generator needs from writing the stub to its script's lock. */
    static final Duration STARTING = Duration.ofSeconds(30);

    private StagingLeftover() {
    }

    /** Removes the leftover stub and its directory; says so, or is empty when there was none. */
    public static Optional<String> remove(Path checkout) {
        Path directory = CheckoutRoot.of(checkout).real().resolve(DIRECTORY);
        Path stub = directory.resolve("pom.xml");
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> all = entries.toList();
            if (!all.equals(List.of(stub)) || !Files.isRegularFile(stub, LinkOption.NOFOLLOW_LINKS) || Files.size(stub) > 4096
                    || !Files.readString(stub, StandardCharsets.UTF_8).contains(MARKER)) {
                return Optional.empty();
            }
            Instant written = Files.getLastModifiedTime(stub, LinkOption.NOFOLLOW_LINKS).toInstant();
            if (written.isAfter(Instant.now().minus(STARTING))) {
                return Optional.of("left " + DIRECTORY + "/ alone: an archetype:generate may be starting with it");
            }
            Files.delete(stub);
            Files.delete(directory);
            return Optional.of("removed " + DIRECTORY + "/, left by an archetype:generate that was stopped before it"
                    + " could clean up");
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
