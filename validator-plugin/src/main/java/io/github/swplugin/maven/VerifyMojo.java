package io.github.swplugin.maven;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.FileText;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.verify.ReceivedData;
import io.github.swplugin.check.verify.Verifier;
import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.core.Words;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Judges an expected file against what the mock collector received, exactly as the pinned collector
 * does when the test posts it: the runtime half of the verdict, without Docker once the data is saved.
 * Needs no checkout and no pom when both are given as files.
 */
@Mojo(name = "verify", requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractRuntimeMojo {

    /** The expected file; default: the expected.data.yml of swplugin.test. Relative to the basedir. */
    @Parameter(property = "swplugin.expected")
    private File expected;

    @Override
    void run(Path checkout) throws MojoExecutionException, MojoFailureException {
        List<Finding> findings;
        String summary;
        String shown;
        try {
            Path file = expectedFile(checkout, expected, "swplugin.expected");
            shown = display(checkout, file);
            if (!Files.exists(file)) {
                throw new ConfigurationException(shown + " does not exist: record it from this run with mvn swplugin:record,"
                        + " or name another file with -Dswplugin.expected");
            }
            // the source first: the default is a URL, and a reader should not learn it only from the last line
            getLog().info("swplugin: judging " + shown + " against what the collector received, read from " + received());
            Data received = ReceivedData.parse(ReceivedData.read(received(), checkout, maxFileSize()), received());
            FileFindings unreadable = new FileFindings(shown);
            String text = FileText.read(file, maxFileSize(), unreadable).orElse(null);
            findings = text == null ? unreadable.list() : Verifier.verify(shown, text, received, agent(checkout));
            summary = Verifier.summary(received);
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        findings.forEach(f -> getLog().error(f.toString()));
        if (!findings.isEmpty()) {
            throw new MojoFailureException("swplugin: the collector would fail " + shown + " (" + Words.count(findings.size(), "reason")
                    + " above) against " + received() + ": fix the"
                    + " expectation, or the plugin if it sent the wrong data");
        }
        getLog().info("swplugin: " + shown + " matches what the collector received (" + summary + " from " + received() + ")");
    }
}
