package io.github.swplugin.maven;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.verify.ReceivedData;
import io.github.swplugin.check.verify.Verifier;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.ExpectedDataWriter;
import io.github.swplugin.core.AtomicFiles;
import io.github.swplugin.core.CheckoutRoot;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes an expected file from what the mock collector received in a real run: literal values for what
 * the plugin decides, operators for what changes from run to run. Review it before committing it.
 */
@Mojo(name = "record", requiresProject = false, threadSafe = true)
public class RecordMojo extends AbstractRuntimeMojo {

    /** Where to write; default: the expected.data.yml of swplugin.test. Relative to the basedir. */
    @Parameter(property = "swplugin.output")
    private File output;

    /** Replace an existing file. */
    @Parameter(property = "swplugin.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Override
    void run(Path checkout) throws MojoExecutionException {
        try {
            Path file = expectedFile(checkout, output, "swplugin.output");
            Data received = ReceivedData.parse(ReceivedData.read(received(), checkout, maxFileSize()), received());
            getLog().info(write(checkout, file, received, agent(checkout), overwrite, received()));
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /**
     * Writes the expected file from received data, after checking that it verifies against that very data.
     *
     * @param source how messages name where the data came from
     * @return the line that says what was written
     */
    static String write(Path checkout, Path file, Data received, Agent agent, boolean overwrite, String source)
            throws MojoExecutionException {
        String shown = display(checkout, file);
        if (Files.exists(file) && !overwrite) {
            throw new ConfigurationException(shown + " exists: compare it with mvn swplugin:verify, or replace it"
                    + " with -Dswplugin.overwrite=true");
        }
        if (received.segmentItems().isEmpty()) {
            throw new ConfigurationException(source + ": the collector holds no segments yet: make the test's"
                    + " request first");
        }
        String text = ExpectedDataWriter.write(received);
        // what is written must pass against the very data it came from
        List<Finding> problems = Verifier.verify(shown, text, received, agent);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the recorded data would not verify, so nothing was written: "
                    + problems.get(0));
        }
        try {
            AtomicFiles.write(CheckoutRoot.of(checkout), file, text);
        } catch (IOException e) {
            throw new MojoExecutionException("swplugin.output: cannot write (" + e.getMessage() + "); nothing was changed");
        }
        return "swplugin: wrote " + shown + " (" + Verifier.summary(received) + "): review it, then run"
                + " mvn swplugin:verify against another run";
    }
}
