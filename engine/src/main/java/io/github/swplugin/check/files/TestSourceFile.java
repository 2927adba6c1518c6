package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.PythonModule;
import io.github.swplugin.collector.Agent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python file of a plugin test: the packages it imports tell which plugins the test can exercise, and the hosts it
 * names as it starts which compose services it needs running first.
 */
public final class TestSourceFile implements FileCheck {
    static final String IMPORT = "import ";
    static final String CALLS = "calls ";
    /** A URL's host (after any user:password@), or a whole literal that is a host name with an optional port. */
    private static final Pattern HOST = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/\\s]*@)?([\\w.-]+).*|([\\w.-]+)(?::\\d+)?",
            Pattern.DOTALL);

    static boolean is(String path) {
        return path.startsWith("tests/plugin/") && path.endsWith(".py");
    }

    @Override
    public boolean reads(String path, Agent agent) {
        return agent == Agent.PYTHON && is(path);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        List<String> facts = new ArrayList<>();
        file.python().imports().forEach(name -> facts.add(IMPORT + name));
        for (PythonModule.StringLiteral literal : file.python().startupStrings()) {
            host(literal.text()).ifPresent(host -> facts.add(CALLS + host + " " + literal.line() + " " + literal.column()));
        }
        context.facts(file.path(), facts);
    }

    /** The host a string literal addresses ('kafka-server:9092', 'http://provider:9091/users', 'redis'), if it may be one. */
    static Optional<String> host(String literal) {
        Matcher matcher = HOST.matcher(literal);
        return matcher.matches() ? Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : Optional.empty();
    }
}
