package io.github.swplugin.maven;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.collector.Agent;
import java.nio.file.Path;
import java.util.Locale;

/** The swplugin.agent parameter: python, java, or auto (from the checkout's layout). */
final class AgentParameter {
    private AgentParameter() {
    }

    static Agent parse(String value, Path checkout) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto", "" -> Agent.detect(checkout);
            case "python" -> Agent.PYTHON;
            case "java" -> Agent.JAVA;
            default -> throw new ConfigurationException("swplugin.agent: '" + value + "' is not auto, python or java");
        };
    }
}
