package io.github.swplugin.check.run;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.files.RunContext;
import io.github.swplugin.collector.Agent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** What makes a directory the root of an agent's checkout: it holds the agent's plugin tests. */
public final class CheckoutLayout {
    private static final String JAVA_SCENARIOS = "test/plugin/scenarios";

    private CheckoutLayout() {
    }

    /**
     * A directory that holds no agent's plugin tests would pass with "checked 0 files": a CI job pointed at the
     * wrong directory would stay green for ever, so it is an error that says what was looked for.
     */
    public static void require(Path basedir, Agent agent) {
        otherAgent(basedir).ifPresent(other -> {
            throw new ConfigurationException(basedir + " is a checkout of " + other + ": swplugin knows the plugin tests of the"
                    + " Python agent (skywalking-python) and the Java agent (skywalking-java) only, and checks nothing here");
        });
        if (agent == Agent.JAVA && !Files.isDirectory(basedir.resolve(JAVA_SCENARIOS))) {
            throw new ConfigurationException(basedir + " is not a skywalking-java checkout: it has no " + JAVA_SCENARIOS
                    + "/ (swplugin.agent=java)");
        }
        if (agent == Agent.JAVA && writesProtocolV2(basedir)) {
            throw new ConfigurationException(basedir + " writes its scenario expectations in the protocol-v2 format of SkyWalking 7 and"
                    + " before (registryItems, peerId, ${scenario[i]}): swplugin knows the v3 format of the Java agent 8.0 and later, and"
                    + " checks nothing here");
        }
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
        return isPythonCheckout(directory) || Files.isDirectory(directory.resolve(JAVA_SCENARIOS));
    }

    /**
     * Another SkyWalking agent's checkout, by the file that names its project: their test layouts can look like the
     * Python or Java agent's (tests/plugin, test/plugin/scenarios), and their expectations are another runner's.
     */
    static Optional<String> otherAgent(Path directory) {
        if (contains(directory.resolve("package.json"), "skywalking-backend-js")) {
            return Optional.of("the SkyWalking Node.js agent (package.json: skywalking-backend-js)");
        }
        if (contains(directory.resolve("go.mod"), "apache/skywalking-go")) {
            return Optional.of("the SkyWalking Go agent (go.mod: github.com/apache/skywalking-go)");
        }
        Path cargo = directory.resolve("Cargo.toml");
        if (contains(cargo, "skywalking")) {
            return Optional.of(contains(cargo, "php") ? "the SkyWalking PHP agent (Cargo.toml)" : "the SkyWalking Rust agent (Cargo.toml)");
        }
        return Optional.empty();
    }

    /**
     * Whether the scenarios' expectations list {@code registryItems}, which only the protocol-v2 runner of SkyWalking 7 read:
     * the first few scenarios tell, as every expectation of a tree is written for the one runner it has.
     */
    private static boolean writesProtocolV2(Path basedir) {
        try (var scenarios = Files.list(basedir.resolve(JAVA_SCENARIOS))) {
            return scenarios.sorted().limit(3).map(scenario -> scenario.resolve("config/expectedData.yaml"))
                    .map(CheckoutLayout::smallText).flatMap(Optional::stream)
                    .anyMatch(text -> text.startsWith("registryItems:") || text.contains("\nregistryItems:"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a small regular file of the checkout's top level names {@code text}; anything else is no. */
    private static boolean contains(Path file, String text) {
        return smallText(file).filter(read -> read.contains(text)).isPresent();
    }

    private static Optional<String> smallText(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) < 1 << 20 ? Optional.of(Files.readString(file))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isPythonCheckout(Path directory) {
        return Files.exists(directory.resolve(RunContext.COMPONENT_MODULE)) || Files.isDirectory(directory.resolve("tests/plugin"));
    }
}
