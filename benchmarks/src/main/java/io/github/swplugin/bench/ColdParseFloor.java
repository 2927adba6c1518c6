package io.github.swplugin.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

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
        LoaderOptions options = new LoaderOptions();
        Resolver resolver = new Resolver();
        int nodes = 0;
        for (Path file : files) {
            StreamReader reader = new StreamReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            nodes += new Composer(new ParserImpl(reader, options), resolver, options).getSingleNode() == null ? 0 : 1;
        }
        System.out.println("composed " + nodes + " of " + files.size() + " YAML files");
    }
}
