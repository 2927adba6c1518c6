package io.github.swplugin.maven;

import io.github.swplugin.core.CheckoutLock;
import io.github.swplugin.core.FileTransaction;
import io.github.swplugin.core.StagingLeftover;
import io.github.swplugin.core.TransactionException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every swplugin goal shares: the checkout it works on, a way to skip it, and the roll-back of a
 * run that was killed while it changed the checkout.
 */
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
        Path checkout = basedir.toPath().toAbsolutePath().normalize();
        recoverInterruptedRun(checkout);
        run(checkout);
    }

    /** A journal or a staging stub means a run died half-way: put the checkout back before looking at it. */
    private void recoverInterruptedRun(Path checkout) throws MojoExecutionException {
        if (!Files.exists(checkout.resolve(FileTransaction.JOURNAL)) && !Files.exists(checkout.resolve(StagingLeftover.DIRECTORY))) {
            return;
        }
        try (CheckoutLock lock = CheckoutLock.acquire(checkout, Duration.ofSeconds(10), "swplugin recovery")) {
            FileTransaction.recover(checkout).ifPresent(message -> getLog().warn("swplugin: " + message));
            StagingLeftover.remove(checkout).ifPresent(message -> getLog().warn("swplugin: " + message));
        } catch (TransactionException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    abstract void run(Path checkout) throws MojoExecutionException, MojoFailureException;
}
