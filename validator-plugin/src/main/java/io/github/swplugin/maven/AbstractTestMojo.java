package io.github.swplugin.maven;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.collector.Agent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that work on one plugin test share: its directory, its expected file and whose runner posts it. */
abstract class AbstractTestMojo extends AbstractSwpluginMojo {

    /** The plugin test's directory relative to the basedir, e.g. tests/plugin/data/sw_redis. */
    @Parameter(property = "swplugin.test")
    private String test;

    /**
     * Whose test runner posts the expected file, to which collector: python (the Python agent's tests double
     * every line break and pin collector 7f20775), java (the Java agent's runner posts the file as it is to a
     * newer collector), or auto: java in a skywalking-java checkout, else python.
     */
    @Parameter(property = "swplugin.agent", defaultValue = "auto")
    private String agent;

    /** Files larger than this many bytes are refused instead of read. */
    @Parameter(property = "swplugin.maxFileSize", defaultValue = "8388608")
    private long maxFileSize;

    long maxFileSize() {
        return maxFileSize;
    }

    Agent agent(Path checkout) {
        return AgentParameter.parse(agent, checkout);
    }

    boolean hasTest() {
        return test != null && !test.isBlank();
    }

    /** The given file, else the expected file of swplugin.test. */
    Path expectedFile(Path checkout, File given, String parameter) {
        if (given != null) {
            return checkout.resolve(given.toPath()).normalize();
        }
        if (test == null || test.isBlank()) {
            throw new ConfigurationException("name the plugin test with -Dswplugin.test=tests/plugin/<kind>/sw_<name>"
                    + " (or the file itself with -D" + parameter + "=<file>)");
        }
        Path directory = checkout.resolve(test).normalize();
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException("swplugin.test: " + test + " is not a directory under " + checkout);
        }
        return directory.resolve(agent(checkout) == Agent.JAVA ? Path.of("config", "expectedData.yaml") : Path.of("expected.data.yml"));
    }

    /** A path as findings show it: relative to the checkout when inside it. */
    static String display(Path checkout, Path file) {
        return file.startsWith(checkout) ? checkout.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
