package io.github.swplugin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The end-to-end floor of validation in a fresh JVM, as {@code benchmarks/e2e.sh} runs it beside Maven: list the
 * YAML files under a directory, read them and compose each with bare SnakeYAML on one thread, then exit.
 */
public final class ColdParseFloor {
    private ColdParseFloor() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).filter(Files::isRegularFile).toList();
        }
        int[] documents = {0};
        ParseFloorBenchmark.composeAll(files, root -> documents[0] += root == null ? 0 : 1);
        System.out.println("composed " + documents[0] + " of " + files.size() + " YAML files");
    }
}
