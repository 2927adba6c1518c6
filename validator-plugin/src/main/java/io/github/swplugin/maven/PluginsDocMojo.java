package io.github.swplugin.maven;

import io.github.swplugin.check.docs.PluginsDocWriter;
import io.github.swplugin.check.python.PluginsDoc;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes docs/en/setup/Plugins.md exactly as the agent's tools/plugin_doc_gen.py does (make doc-gen),
 * from the plugin modules' link_vector, support_matrix and note read as text: no Poetry, no imports.
 */
@Mojo(name = "plugins-doc", requiresProject = false, threadSafe = true)
public class PluginsDocMojo extends AbstractSwpluginMojo {

    @Override
    void run(Path checkout) throws MojoExecutionException, MojoFailureException {
        PluginsDocWriter.Outcome outcome;
        try {
            outcome = PluginsDocWriter.write(checkout);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + PluginsDoc.PATH + ": " + e.getMessage(), e);
        }
        if (!outcome.problems().isEmpty()) {
            outcome.problems().forEach(getLog()::error);
            throw new MojoFailureException(PluginsDoc.PATH + " was not written: fix the modules listed above (mvn swplugin:validate says more)");
        }
        getLog().info("swplugin: " + PluginsDoc.PATH + (outcome.changed() ? " written" : " is up to date") + ": " + outcome.rows()
                + " libraries from " + outcome.modules() + " plugin modules");
    }
}
