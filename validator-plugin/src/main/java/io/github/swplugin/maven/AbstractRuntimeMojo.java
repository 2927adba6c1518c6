package io.github.swplugin.maven;

import io.github.swplugin.check.verify.ReceivedData;
import org.apache.maven.plugins.annotations.Parameter;

/** What verify and record share beyond the test: the data the mock collector received. */
abstract class AbstractRuntimeMojo extends AbstractTestMojo {

    /**
     * What the mock collector received: a file holding what GET /receiveData returns, or its http(s) URL.
     * Relative paths are resolved against the basedir.
     */
    @Parameter(property = "swplugin.received", defaultValue = ReceivedData.DEFAULT_SOURCE)
    private String received;

    String received() {
        return received;
    }
}
