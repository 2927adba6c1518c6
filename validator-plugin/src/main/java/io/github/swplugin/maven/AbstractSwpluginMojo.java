package io.github.swplugin.maven;

import io.github.swplugin.core.CheckoutLock;
import io.github.swplugin.core.FileTransaction;
import io.github.swplugin.core.ForeignJournalException;
import io.github.swplugin.core.OneLine;
import io.github.swplugin.core.StagingLeftover;
import io.github.swplugin.core.TransactionException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every swplugin goal shares: the checkout it works on, a way to skip it, the roll-back of a run of this
 * user's that was killed while it changed the checkout, and output that nothing in the checkout can forge.
 */
abstract class AbstractSwpluginMojo extends AbstractMojo {

    /**
     * Where to look for the checkout: this directory or the nearest one above it that holds plugin tests, as git finds
     * its root. In a build, the module's directory; without a pom, the working directory.
     */
    @Parameter(property = "swplugin.basedir", defaultValue = "${project.basedir}")
    private File basedir;

    /** Skip the goal. */
    @Parameter(property = "swplugin.skip", defaultValue = "false")
    private boolean skip;

    private Log log;

    @Override
    public Log getLog() {
        if (log == null) {
            log = new OneLineLog(super.getLog());
        }
        return log;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("swplugin: skipped (swplugin.skip)");
            return;
        }
        // without a pom, Maven's stub project has no basedir: the working directory is where the user stands
        Path start = basedir == null ? Path.of(System.getProperty("user.dir")) : basedir.toPath();
        Path checkout = CheckoutRootFinder.find(start.toAbsolutePath().normalize());
        try {
            recoverInterruptedRun(checkout);
            run(checkout);
        } catch (MojoExecutionException e) {
            throw new MojoExecutionException(OneLine.of(e.getMessage()), e.getCause());
        } catch (MojoFailureException e) {
            throw new MojoFailureException(OneLine.of(e.getMessage()), e.getCause());
        }
    }

    /**
     * A journal or a staging stub means a run died half-way: put the checkout back before looking at it. What cannot be
     * rolled back (a journal this user's runs did not write, a lock file that is a link) is left alone with a warning:
     * checking goes on, and the goals that change files refuse while a journal is there.
     */
    private void recoverInterruptedRun(Path checkout) {
        if (!Files.exists(checkout.resolve(FileTransaction.JOURNAL), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(checkout.resolve(StagingLeftover.DIRECTORY), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (CheckoutLock lock = CheckoutLock.acquire(checkout, Duration.ofSeconds(10), "swplugin recovery")) {
            try {
                FileTransaction.recover(checkout).ifPresent(message -> getLog().warn("swplugin: " + message));
            } catch (ForeignJournalException e) {
                getLog().warn("swplugin: " + e.getMessage());
            }
            StagingLeftover.remove(checkout).ifPresent(message -> getLog().warn("swplugin: " + message));
        } catch (TransactionException e) {
            getLog().warn("swplugin: nothing was rolled back: " + e.getMessage());
        }
    }

    abstract void run(Path checkout) throws MojoExecutionException, MojoFailureException;
}
