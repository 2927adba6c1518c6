package io.github.swplugin.check.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.collector.Agent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a forked check is told and what it answers arrive as they left, whatever characters they hold. */
public class ForkWireTest {
    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static DataInputStream written(Writer writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(new DataOutputStream(bytes));
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void everyOptionArrivesAsItLeft() throws IOException {
        ValidatorOptions options = ValidatorOptions.builder(Path.of("/work/a checkout\nwith a line break/é"))
                .componentLibraries(Path.of("libs/component-libraries.yml"))
                .licenseRoots(List.of("skywalking", "tests\ttabbed"))
                .maxFileBytes(123_456_789_012L)
                .yamlLimits(7, 9)
                .threads(3)
                .agent(Agent.JAVA)
                .cacheFile(Path.of("/work/target/swplugin/validate.cache"))
                .only(Set.of("tests/a.yml", "tests/b.yml"))
                .build();

        assertThat(ForkWire.readOptions(written(out -> ForkWire.writeOptions(options, out)))).isEqualTo(options);
    }

    @Test
    void optionsLeftUnsetStayUnset() throws IOException {
        ValidatorOptions options = ValidatorOptions.defaults(Path.of("/work/checkout"));

        assertThat(ForkWire.readOptions(written(out -> ForkWire.writeOptions(options, out)))).isEqualTo(options);
    }

    @Test
    void relativePathsArriveAbsoluteSinceTheForkStartsElsewhere() throws IOException {
        ValidatorOptions options = ValidatorOptions.builder(Path.of("checkout")).cacheFile(Path.of("checkout/target/validate.cache"))
                .componentLibraries(Path.of("component-libraries.yml")).build();

        ValidatorOptions arrived = ForkWire.readOptions(written(out -> ForkWire.writeOptions(options, out)));

        assertThat(arrived.basedir()).isEqualTo(Path.of("checkout").toAbsolutePath());
        assertThat(arrived.cacheFile()).contains(Path.of("checkout/target/validate.cache").toAbsolutePath());
        assertThat(arrived.componentLibraries()).contains(Path.of("component-libraries.yml"));  // the basedir's, as in this JVM
    }

    @Test
    void aReportArrivesAsItLeft() throws IOException {
        Report report = new Report(List.of(
                new Finding("tests/plugin/data/a\nb/expected.data.yml", 3, 7, Rule.values()[0], "a message\nover two lines, ünïcode"),
                new Finding("", 0, 0, Rule.values()[Rule.values().length - 1], "")), List.of("tests/a.yml", "skywalking/ü.py"), 42);

        assertThat(ForkWire.readAnswer(written(out -> ForkWire.writeReport(report, out)))).isEqualTo(report);
    }

    @Test
    void aConfigurationProblemIsThrownWithItsMessage() throws IOException {
        DataInputStream answer = written(out -> ForkWire.writeConfigurationProblem("swplugin.basedir: not a directory", out));

        assertThatThrownBy(() -> ForkWire.readAnswer(answer)).isInstanceOf(ConfigurationException.class)
                .hasMessage("swplugin.basedir: not a directory");
    }

    @Test
    void anAnswerCutShortOrFromAnythingElseIsNoReport() throws IOException {
        Report report = new Report(List.of(), List.of("tests/a.yml"), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ForkWire.writeReport(report, new DataOutputStream(bytes));
        byte[] whole = bytes.toByteArray();

        assertThatThrownBy(() -> ForkWire.readAnswer(new DataInputStream(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 3)))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ForkWire.readAnswer(new DataInputStream(new ByteArrayInputStream("Picked up JAVA_TOOL_OPTIONS".getBytes()))))
                .isInstanceOf(IOException.class);
    }
}
