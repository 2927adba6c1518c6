package io.github.swplugin.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every swplugin goal shares: the checkout it works on, and a way to skip it. */
abstract class AbstractSwpluginMojo extends AbstractMojo {

    /** The skywalking-python checkout. */
    @Parameter(property = "swplugin.basedir", defaultValue = "${user.dir}")
    private File basedir;

    /** Skip the goal. */
    @Parameter(property = "swplugin.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("swplugin: skipped (swplugin.skip)");
            return;
        }
        run(basedir.toPath().toAbsolutePath().normalize());
    }

    abstract void run(Path checkout) throws MojoExecutionException, MojoFailureException;
}
