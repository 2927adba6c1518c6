package io.github.swplugin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A checkout whose tests/plugin holds N copies of a real checkout's plugin tests, built once per
 * size under target/ and reused. The real files are read from -Dswplugin.bench.corpus
 * (default: the acceptance corpus beside the project).
 */
final class SyntheticCorpus {
    static final Path SOURCE = Path.of(System.getProperty("swplugin.bench.corpus", "../shared/corpus/skywalking-python"));

    private SyntheticCorpus() {
    }

    static Path build(int copies) {
        Path target = Path.of(System.getProperty("swplugin.bench.work", "target/corpus")).resolve("x" + copies).toAbsolutePath();
        if (Files.isDirectory(target)) {
            return target;
        }
        Path tests = SOURCE.resolve("tests/plugin");
        if (!Files.isDirectory(tests)) {
            throw new IllegalStateException(tests.toAbsolutePath() + " is missing: pass -Dswplugin.bench.corpus=<a skywalking-python checkout>");
        }
        try (Stream<Path> walk = Files.walk(tests)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            for (int copy = 0; copy < copies; copy++) {
                for (Path file : files) {
                    String relative = tests.relativize(file).toString();
                    // the shared base compose file stays where the tests' extends point at it
                    Path to = relative.contains("/") ? target.resolve("tests/plugin/copy" + copy + "/" + relative) : target.resolve("tests/plugin/" + relative);
                    Files.createDirectories(to.getParent());
                    if (!Files.exists(to)) {
                        Files.copy(file, to);
                    }
                }
            }
            for (String top : List.of(".licenserc.yaml", "setup.cfg")) {
                if (Files.exists(SOURCE.resolve(top))) {
                    Files.copy(SOURCE.resolve(top), target.resolve(top));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Every YAML file of a synthetic checkout, for the bare-parse floor. */
    static List<Path> yamlFiles(Path checkout) {
        try (Stream<Path> walk = Files.walk(checkout.resolve("tests"))) {
            return walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
