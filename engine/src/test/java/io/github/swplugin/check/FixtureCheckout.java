package io.github.swplugin.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.swplugin.check.run.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the test fixture checkout in a temporary directory, to edit and validate. */
public final class FixtureCheckout {
    public static final String EXPECTED = "tests/plugin/data/sw_demo/expected.data.yml";
    public static final String PLUGIN = "skywalking/plugins/sw_demo.py";
    public static final String TEST = "tests/plugin/data/sw_demo/test_demo.py";
    public static final String COMPOSE = "tests/plugin/data/sw_demo/docker-compose.yml";
    /** The compose file's line that runs the consumer's script. */
    public static final String CONSUMER_COMMAND = "    command: ['bash', '-c', 'sw-python run python3 /app/services/consumer.py']\n";
    public static final String INIT = "skywalking/__init__.py";
    public static final String DOC = "docs/en/setup/Plugins.md";
    /** The fixture's component-libraries.yml, outside the checked roots: read only when an option names it. */
    public static final String REGISTRY = "component-libraries.yml";

    private final Path root;

    private FixtureCheckout(Path root) {
        this.root = root;
    }

    public static FixtureCheckout copyTo(Path directory) {
        return copyTo(directory, "/checkout");
    }

    /** A copy of another fixture: {@code /java-checkout}, a skywalking-java checkout. */
    public static FixtureCheckout copyTo(Path directory, String resource) {
        copyResource(resource, directory);
        return new FixtureCheckout(directory);
    }

    /** Copies a tree of test resources into {@code directory}. */
    public static void copyResource(String resource, Path directory) {
        try {
            Path source = Path.of(FixtureCheckout.class.getResource(resource).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = directory.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(FixtureCheckout.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path root() {
        return root;
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from}, which must be there, so no case edits nothing. */
    public FixtureCheckout replace(String path, String from, String to) {
        String text = read(path);
        int index = text.indexOf(from);
        assertTrue(index >= 0, () -> path + " has no '" + from + "' to replace");
        return write(path, text.substring(0, index) + to + text.substring(index + from.length()));
    }

    public FixtureCheckout write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public FixtureCheckout write(String path, byte[] bytes) {
        try {
            Files.createDirectories(root.resolve(path).getParent());
            Files.write(root.resolve(path), bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first occurrence of {@code text} in a file. */
    public int lineOf(String path, String text) {
        String content = read(path);
        int index = content.indexOf(text);
        assertTrue(index >= 0, () -> path + " has no '" + text + "'");
        return (int) content.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    public List<Finding> validate() {
        return validate(ValidatorOptions.defaults(root));
    }

    public List<Finding> validate(ValidatorOptions options) {
        return new Validator(options).run().findings();
    }
}
