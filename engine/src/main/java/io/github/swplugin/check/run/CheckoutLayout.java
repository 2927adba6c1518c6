package io.github.swplugin.check.run;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.files.RunContext;
import io.github.swplugin.collector.Agent;
import java.nio.file.Files;
import java.nio.file.Path;

/** What makes a directory the root of an agent's checkout: it holds the agent's plugin tests. */
public final class CheckoutLayout {
    private CheckoutLayout() {
    }

    /**
     * A directory that holds no agent's plugin tests would pass with "checked 0 files": a CI job pointed at the
     * wrong directory would stay green for ever, so it is an error that says what was looked for.
     */
    public static void require(Path basedir, Agent agent) {
        if (agent == Agent.JAVA || isPythonCheckout(basedir)) {
            return;
        }
        String root = "";
        for (Path up = basedir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (isPythonCheckout(up)) {
                root = "; this is inside the checkout " + up + ": run there, or set -Dswplugin.basedir=" + up;
                break;
            }
        }
        throw new ConfigurationException(basedir + " is not a skywalking-python checkout: it has neither " + RunContext.COMPONENT_MODULE
                + " nor tests/plugin/ (nor, for the Java agent, test/plugin/scenarios/)" + root);
    }

    /** Whether {@code directory} is the root of a checkout of either agent: it holds plugin tests. */
    public static boolean isRoot(Path directory) {
        return isPythonCheckout(directory) || Files.isDirectory(directory.resolve("test/plugin/scenarios"));
    }

    private static boolean isPythonCheckout(Path directory) {
        return Files.exists(directory.resolve(RunContext.COMPONENT_MODULE)) || Files.isDirectory(directory.resolve("tests/plugin"));
    }
}
