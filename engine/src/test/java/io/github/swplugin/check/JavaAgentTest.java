package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.python.JavaComponents;
import io.github.swplugin.check.run.Validator;
import io.github.swplugin.collector.Agent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A skywalking-java checkout: recognised by its layout and checked as its runner and collector read the
 * file. The fixture uses what the Java tests do and the Python rules would wrongly flag: a value over two
 * lines, prefix operators, start with, the GenAI layer, a ref naming the entry endpoint and a service
 * injected by hand, ge on a tag.
 */
class JavaAgentTest {
    private static final String EXPECTED = "test/plugin/scenarios/demo-scenario/config/expectedData.yaml";

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() {
        FixtureCheckout.copyResource("/java-checkout", dir);
    }

    private List<String> validate() {
        return new Validator(ValidatorOptions.defaults(dir)).run().findings().stream().map(Finding::toString).toList();
    }

    private void replace(String from, String to) throws IOException {
        Path file = dir.resolve(EXPECTED);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void theLayoutIsRecognisedAndWhatTheJavaRunnerAcceptsIsClean() {
        assertThat(Agent.detect(dir)).isEqualTo(Agent.JAVA);
        assertThat(new Validator(ValidatorOptions.defaults(dir)).run().files()).containsExactly(JavaComponents.PATH,
                EXPECTED, "test/plugin/scenarios/other-scenario/config/expectedData.yaml");
        assertThat(validate()).isEmpty();
    }

    @Test
    void whatTheCollectorIgnoresIsStillReported() throws IOException {
        replace("      spanId: 0\n      spanLayer: Http\n      startTime: nq 0\n      endTime: nq 0\n      componentId: 1\n"
                + "      isError: false\n      spanType: Entry\n      peer: ''\n      skipAnalysis: false\n  - segmentId",
                "      panId: 0\n      spanLayer: Http\n      startTime: nq 0\n      endTime: nq 0\n      componentId: 1\n"
                + "      isError: false\n      spanType: Entry\n      peer: ''\n      skipAnalysis: false\n  - segmentId");
        replace("value: ge 200}", "value: null}");
        replace("segmentItems:\n", "ignoreSegmentNames: [x]\nsegmentItems:\n");
        assertThat(validate()).containsExactly(
                EXPECTED + ":15:1: ERROR [unknown-key] the collector ignores 'ignoreSegmentNames' in a top level, so it checks"
                        + " nothing: the keys of a top level are segmentItems, meterItems, logItems",
                EXPECTED + ":34:40: ERROR [unchecked-value] 'value' has no value (an unquoted null, ~ or nothing), so the"
                        + " collector does not check it: write 'null' in quotes to expect null, 'not null' to expect any value,"
                        + " or remove the key",
                EXPECTED + ":39:7: ERROR [unknown-key] the collector ignores 'panId' in a span, so it checks nothing: did you"
                        + " mean 'spanId'?");
    }

    @Test
    void aPythonCheckoutIsNeverTakenForAJavaOne() throws IOException {
        Files.createDirectories(dir.resolve("skywalking"));
        Files.writeString(dir.resolve("skywalking/__init__.py"), "");
        assertThat(Agent.detect(dir)).isEqualTo(Agent.PYTHON);
    }
}
