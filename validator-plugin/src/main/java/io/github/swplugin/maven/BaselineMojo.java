package io.github.swplugin.maven;

import io.github.swplugin.check.Baseline;
import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.run.Validator;
import io.github.swplugin.core.AtomicFiles;
import io.github.swplugin.core.CheckoutRoot;
import io.github.swplugin.core.Words;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes today's findings to the baseline file (meant to be committed): validate then reports them as INFO
 * and fails only on new ones, so that failOnWarning can hold new work before the old files are fixed.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractSwpluginMojo {

    /** The baseline file, relative to the basedir. */
    @Parameter(property = "swplugin.baseline", defaultValue = Baseline.FILE)
    private String baseline;

    /** SkyWalking's component-libraries.yml, as for validate, so that the same findings are recorded. */
    @Parameter(property = "swplugin.componentLibraries")
    private String componentLibraries;

    @Override
    void run(Path checkout) throws MojoExecutionException {
        try {
            Report report = new Validator(ValidatorOptions.defaults(checkout)
                    .withComponentLibraries(componentLibraries == null ? null : Path.of(componentLibraries))).run();
            AtomicFiles.write(CheckoutRoot.of(checkout), checkout.resolve(baseline), Baseline.render(report.findings()));
            getLog().info("swplugin: wrote " + baseline + " with " + Words.count(report.findings().size(), "finding")
                    + ": commit it; validate now fails only on new findings");
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("swplugin.baseline: cannot write " + baseline + " (" + e.getMessage() + ")", e);
        }
    }
}
