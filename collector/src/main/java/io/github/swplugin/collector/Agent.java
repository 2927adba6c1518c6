package io.github.swplugin.collector;

import io.github.swplugin.core.TreePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whose plugin tests a checkout holds. The SkyWalking Python and Java agents write their expected data
 * in the same mock collector format, but their test runners differ: the Python client doubles line
 * breaks when it posts the file and pins collector 7f20775; the Java runner posts the file as it is,
 * pins a later collector (prefix operators, {@code start with}/{@code end with}, spans matched by id
 * when out of order) and its agent sends the entry endpoint as a ref's {@code parentEndpoint}.
 */
public enum Agent {
    PYTHON(List.of("skywalking", "tests"), path -> TreePath.below("tests/", "expected.data.y", Names.PYTHON_EXPECTED, path),
            List.of("Unknown", "Database", "RPCFramework", "Http", "MQ", "Cache")),
    JAVA(List.of("test/plugin/scenarios"), Names.JAVA_EXPECTED.asMatchPredicate(),
            List.of("Unknown", "Database", "RPCFramework", "Http", "MQ", "Cache", "FAAS", "GenAI"));

    // an enum's constants cannot read its own static fields
    private static final class Names {
        static final Pattern PYTHON_EXPECTED = Pattern.compile("expected\\.data\\.ya?ml");
        static final Pattern JAVA_EXPECTED = Pattern.compile("test/plugin/scenarios/[^/]+/config/expectedData\\.ya?ml");
    }

    private final List<String> roots;
    private final Predicate<String> expectedData;
    private final List<String> layers;

    Agent(List<String> roots, Predicate<String> expectedData, List<String> layers) {
        this.roots = roots;
        this.expectedData = expectedData;
        this.layers = layers;
    }

    /** A skywalking-java checkout has test/plugin/scenarios and no skywalking/__init__.py; anything else is Python's. */
    public static Agent detect(Path basedir) {
        return Files.isDirectory(basedir.resolve("test/plugin/scenarios")) && !Files.exists(basedir.resolve("skywalking/__init__.py"))
                ? JAVA : PYTHON;
    }

    /** The directories whose files are checked. */
    public List<String> roots() {
        return roots;
    }

    public boolean isExpectedData(String path) {
        return expectedData.test(path);
    }

    /** The span layers the agent's protocol defines, when the checkout does not say. */
    public List<String> layers() {
        return layers;
    }

    /** Whether the agent's test client doubles every line break when it posts the expected file. */
    public boolean doublesLineBreaks() {
        return this == PYTHON;
    }
}
