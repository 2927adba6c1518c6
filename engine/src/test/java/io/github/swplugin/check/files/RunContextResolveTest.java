package io.github.swplugin.check.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A path a compose file names is resolved as a POSIX path resolves it, and never leads out of the checkout. */
class RunContextResolveTest {
    /** What java.nio says on a POSIX file system: the reference the string resolution must agree with. */
    private static Optional<String> asPathsDo(String directory, String file) {
        Path named = Path.of(file);
        Path resolved = Path.of(directory).resolve(named).normalize();
        boolean inside = !named.isAbsolute() && !resolved.startsWith("..") && !resolved.toString().isEmpty();
        return inside ? Optional.of(resolved.toString().replace('\\', '/')) : Optional.empty();
    }

    @Test
    void namesResolveAsCommonComposeFilesWriteThem() {
        assertEquals(Optional.of("tests/plugin/web/sw_flask/services/provider.py"),
                RunContext.resolve("tests/plugin/web/sw_flask", "./services/provider.py"));
        assertEquals(Optional.of("tests/plugin/docker-compose.base.yml"), RunContext.resolve("tests/plugin/web/sw_flask", "../../docker-compose.base.yml"));
        assertEquals(Optional.of("tests/plugin/web"), RunContext.resolve("tests/plugin/web/sw_flask", ".."));
        assertEquals(Optional.empty(), RunContext.resolve("tests", "../../etc/passwd"));
        assertEquals(Optional.empty(), RunContext.resolve("tests", "/etc/passwd"));
        assertEquals(Optional.empty(), RunContext.resolve("tests", ".."));
        assertEquals(Optional.empty(), RunContext.resolve("tests", "a\u0000b"));
    }

    @Test
    void everyMixOfNamesResolvesAsPathsDo() {
        assumeTrue(File.separatorChar == '/', "the reference is a POSIX file system's");
        String[] names = {"a", "b", ".", "..", "", "c.d", "..e", "f\\g", "..."};
        Random random = new Random(24);
        for (int i = 0; i < 20_000; i++) {
            String directory = join(random, names, 3);
            String file = (random.nextInt(8) == 0 ? "/" : "") + join(random, names, 5) + (random.nextInt(6) == 0 ? "/" : "");
            if (directory.startsWith("/") || asPathsDo("", directory).map(d -> !d.equals(directory)).orElse(true)) {
                continue;  // a listed file's directory is a normal relative path
            }
            assertEquals(asPathsDo(directory, file), RunContext.resolve(directory, file), directory + " + " + file);
        }
    }

    private static String join(Random random, String[] names, int most) {
        List<String> parts = new ArrayList<>();
        for (int n = random.nextInt(most + 1); n > 0; n--) {
            parts.add(names[random.nextInt(names.length)]);
        }
        return String.join(random.nextInt(5) == 0 ? "//" : "/", parts);
    }
}
