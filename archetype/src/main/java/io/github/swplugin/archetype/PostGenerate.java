package io.github.swplugin.archetype;

import io.github.swplugin.core.CheckoutLock;
import io.github.swplugin.core.StagingLeftover;
import io.github.swplugin.core.TransactionException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The post-generate script's work, called through {@link ScriptEntry} with the generator's values, so that the script
 * stays one line of Groovy: checks the staging directory, asks on a terminal in interactive mode, generates, and always
 * removes the stub the generator rendered.
 */
public final class PostGenerate {
    private PostGenerate() {
    }

    /** Generates into {@code outputDirectory} and returns what to tell the user. */
    public static String run(Map<?, ?> properties, String outputDirectory, String artifactId, boolean interactive) {
        Path checkout = Path.of(outputDirectory).toAbsolutePath().normalize();
        // where the generator put its stub: it joins the names as java.io.File does, an absolute artifactId included
        Path staging = new File(outputDirectory, artifactId).toPath().toAbsolutePath().normalize();
        // never write outside the checkout: the staging directory must be a strict child of it
        if (!checkout.equals(staging.getParent()) || !staging.getFileName().toString().startsWith(".swplugin")) {
            String left = removeStub(checkout, staging);
            throw new ScaffoldException("artifactId '" + artifactId + "' must name a staging directory such as"
                    + " .swplugin-staging; leave -DartifactId out. Nothing was changed by swplugin" + (left.isEmpty() ? "."
                    : ", and the generator's stub is removed; the directory it made for it outside the checkout, " + left
                    + ", is left as it is, since swplugin deletes nothing outside the checkout."));
        }
        try {
            Map<String, String> given = new HashMap<>();
            properties.forEach((k, v) -> given.put(String.valueOf(k), String.valueOf(v)));
            Console console = System.console();
            // held from the first question to the last file, so that no other run takes the stub for a leftover
            try (CheckoutLock lock = CheckoutLock.acquire(checkout, Scaffold.LOCK_WAIT, "archetype:generate")) {
                Map<String, String> values = interactive && console != null
                        ? new Conversation(new BufferedReader(console.reader()), console.writer()).complete(given, checkout) : given;
                // the generator ends with "Project created from Archetype in dir: <staging>", which no option silences
                return Scaffold.run(values, checkout.toFile()) + "\n(The generator's next line names its staging directory, already"
                        + " removed: the plugin is in the checkout.)";
            } catch (Conversation.Stopped e) {
                return "swplugin: " + e.getMessage() + " (the generator's next line names its staging directory, already removed)";
            } catch (TransactionException e) {
                throw new ScaffoldException(e.getMessage() + ". Nothing was written.", e);
            }
        } finally {
            removeStub(checkout, staging);
        }
    }

    /**
     * Removes exactly what the generator made for this run: its stub (never through a link), then the directories it
     * leaves empty, but only inside the checkout: an empty directory outside may be the user's. Returns the
     * directories left outside, or "".
     */
    static String removeStub(Path checkout, Path staging) {
        try {
            Path stub = staging.resolve("pom.xml");
            if (Files.isRegularFile(stub, LinkOption.NOFOLLOW_LINKS) && Files.size(stub) < 4096
                    && Files.readString(stub).contains(StagingLeftover.MARKER)) {
                Files.delete(stub);
            }
            Path dir = staging;
            for (; dir.startsWith(checkout) && !dir.equals(checkout) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
            return dir.startsWith(checkout) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) ? "" : dir.toString();
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
