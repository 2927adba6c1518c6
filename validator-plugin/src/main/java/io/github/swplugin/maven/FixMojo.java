package io.github.swplugin.maven;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.fix.Fixer;
import io.github.swplugin.core.TransactionException;
import io.github.swplugin.core.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs what validate reports and can be repaired safely: inserts missing Apache-2.0 headers in
 * the file's comment style (after a shebang), puts spans into finish order when the tree makes it
 * unambiguous, and with swplugin.fix.deadKeys removes operationId lines. Files that cannot be
 * parsed are left alone. Run validate afterwards for what needs a person.
 */
@Mojo(name = "fix", requiresProject = false, threadSafe = true)
public class FixMojo extends AbstractSwpluginMojo {

    /** Also delete the operationId lines, which the collector never reads. */
    @Parameter(property = "swplugin.fix.deadKeys", defaultValue = "false")
    private boolean deadKeys;

    /** Directories, relative to the basedir, whose text files must carry the Apache-2.0 header. */
    @Parameter(property = "swplugin.licenseRoots", defaultValue = "skywalking,tests,tools")
    private List<String> licenseRoots;

    @Override
    void run(Path checkout) throws MojoExecutionException {
        ValidatorOptions options = ValidatorOptions.defaults(checkout).withLicenseRoots(licenseRoots);
        List<Fixer.Change> changes;
        try {
            changes = new Fixer(options, deadKeys).run();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (TransactionException e) {
            throw new MojoExecutionException("swplugin: the fixes were not made: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("swplugin: a fix could not be written (" + e.getMessage() + ")", e);
        }
        long refused = changes.stream().filter(Fixer.Change::refused).count();
        for (Fixer.Change change : changes) {
            if (change.refused()) {
                getLog().warn(Fixer.describe(change));
            } else {
                getLog().info("fixed " + Fixer.describe(change));
            }
        }
        getLog().info("swplugin: fixed " + Words.count(changes.size() - refused, "file") + (refused == 0 ? ""
                : ", left " + Words.count(refused, "file") + " as " + (refused == 1 ? "it was" : "they were"))
                + "; run mvn swplugin:validate for what is left");
    }
}
