package io.github.swplugin.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** The physical floor of the engine's work: reading and composing the same YAML files with bare SnakeYAML, on one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseFloorBenchmark {
    @Param({"1", "10", "100"})
    public int copies;

    private List<Path> yamlFiles;

    @Setup(Level.Trial)
    public void setUp() {
        yamlFiles = SyntheticCorpus.yamlFiles(SyntheticCorpus.build(copies));
    }

    @Benchmark
    public void bareSnakeYaml(Blackhole hole) throws IOException {
        composeAll(yamlFiles, hole::consume);
    }

    /**
     * The floor itself, shared with {@link ColdParseFloor}: read and compose each file the leanest way SnakeYAML
     * offers (no Yaml facade, one resolver), handing each document's root to {@code sink}; a file that is not YAML
     * (a real checkout has templates named .yml) hands null.
     */
    static void composeAll(List<Path> files, Consumer<Node> sink) throws IOException {
        LoaderOptions options = new LoaderOptions();
        Resolver resolver = new Resolver();
        for (Path file : files) {
            StreamReader reader = new StreamReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            Node root;
            try {
                root = new Composer(new ParserImpl(reader, options), resolver, options).getSingleNode();
            } catch (YAMLException e) {
                root = null;
            }
            sink.accept(root);
        }
    }
}
