package io.github.swplugin.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs both benchmarks (JMH options on the command line still apply) and prints what the
 * performance targets compare: the engine against the parse floor, 1 against 2 threads, and how
 * the cost grows from 1 to 100 copies.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(EngineBenchmark.class.getSimpleName()).include(ParseFloorBenchmark.class.getSimpleName()).build()).run();
        Map<String, Double> millis = new HashMap<>();
        for (RunResult result : results) {
            var params = result.getParams();
            String key = params.getBenchmark().replaceAll(".*\\.", "") + "/" + params.getParam("copies")
                    + (params.getParam("threads") == null ? "" : "/" + params.getParam("threads"));
            millis.put(key, result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("copies  files/op  floor ms  engine ms (1 thr)  engine ms (2 thr)  engine/floor throughput (1, 2 thr)  speed-up 1->2");
        for (String copies : new String[] {"1", "10", "100"}) {
            Double floor = millis.get("bareSnakeYaml/" + copies);
            Double one = millis.get("validate/" + copies + "/1");
            Double two = millis.get("validate/" + copies + "/2");
            if (floor == null || one == null || two == null) {
                continue;
            }
            int files = SyntheticCorpus.yamlFiles(SyntheticCorpus.build(Integer.parseInt(copies))).size();
            System.out.printf("%6s  %8d  %8.1f  %17.1f  %17.1f  %16.2f, %.2f  %28.2f%n", copies, files, floor, one, two,
                    floor / one, floor / two, one / two);
        }
        Double small = millis.get("validate/1/1");
        Double large = millis.get("validate/100/1");
        if (small != null && large != null) {
            System.out.printf("scaling 1x -> 100x on 1 thread: %.2f x the linear cost%n", large / (100 * small));
        }
    }

}
