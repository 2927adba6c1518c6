package io.github.swplugin.archetype;

import io.github.swplugin.core.StagingLeftover;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the archetype's post-generate script calls, so that the script stays a few lines of Groovy (whose compiler
 * is most of a generation's cost): checks the staging directory, asks on a terminal in interactive mode, generates,
 * and always removes the stub the generator rendered.
 */
public final class PostGenerate {
    private PostGenerate() {
    }

    /** Generates into {@code outputDirectory} and returns what to tell the user. */
    public static String run(Map<?, ?> properties, String outputDirectory, String artifactId, boolean interactive) {
        Path checkout = Path.of(outputDirectory).toAbsolutePath().normalize();
        Path staging = checkout.resolve(artifactId).normalize();
        try {
            // never write outside the checkout: the staging directory must be a strict child of it
            if (!checkout.equals(staging.getParent()) || !staging.getFileName().toString().startsWith(".swplugin")) {
                throw new ScaffoldException("artifactId '" + artifactId + "' must name a staging directory such as"
                        + " .swplugin-staging; leave -DartifactId out. Nothing was changed by swplugin.");
            }
            Map<String, String> given = new HashMap<>();
            properties.forEach((k, v) -> given.put(String.valueOf(k), String.valueOf(v)));
            Console console = System.console();
            Map<String, String> values = interactive && console != null
                    ? new Conversation(new BufferedReader(console.reader()), console.writer()).complete(given, checkout) : given;
            // the generator ends with "Project created from Archetype in dir: <staging>", which no option silences
            return Scaffold.run(values, checkout.toFile()) + "\n(The generator's next line names its staging directory, already"
                    + " removed: the plugin is in the checkout.)";
        } finally {
            removeStub(checkout, staging);
        }
    }

    /** Removes exactly what the generator made for this run: its stub, then the directories it leaves empty. */
    static void removeStub(Path checkout, Path staging) {
        try {
            Path stub = staging.resolve("pom.xml");
            if (Files.isRegularFile(stub) && Files.readString(stub).contains(StagingLeftover.MARKER)) {
                Files.delete(stub);
            }
            for (Path dir = staging; dir != null && !checkout.startsWith(dir) && Files.isDirectory(dir) && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the generator's staging directory " + staging, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
