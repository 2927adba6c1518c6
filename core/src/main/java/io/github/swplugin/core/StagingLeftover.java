package io.github.swplugin.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The archetype generator's stub {@code .swplugin-staging/pom.xml}, left behind when a generation was
 * killed before its script could remove it; while it is there, the generator refuses ("A Maven project
 * already exists"). Removed only when it is exactly the stub, alone in its directory.
 */
public final class StagingLeftover {
    public static final String DIRECTORY = ".swplugin-staging";
    /** The first line of the stub pom, which says what it is. */
    public static final String MARKER = "swplugin-staging-stub";

    private StagingLeftover() {
    }

    /** Removes the leftover stub and its directory; says so, or is empty when there was none. */
    public static Optional<String> remove(Path checkout) {
        Path directory = checkout.resolve(DIRECTORY);
        Path stub = directory.resolve("pom.xml");
        try (Stream<Path> entries = Files.isDirectory(directory) ? Files.list(directory) : Stream.empty()) {
            List<Path> all = entries.toList();
            if (!all.equals(List.of(stub)) || !Files.isRegularFile(stub) || Files.size(stub) > 4096
                    || !Files.readString(stub, StandardCharsets.UTF_8).contains(MARKER)) {
                return Optional.empty();
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
