package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.PythonModule;
import io.github.swplugin.collector.Agent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python file of a plugin test: the packages it imports tell which plugins the test can exercise, and the hosts it
 * names as it starts which compose services it needs running first.
 */
public final class TestSourceFile implements FileCheck {
    static final String IMPORT = "import ";
    static final String CALLS = "calls ";
    /** A kind of span the file opens itself (new_exit_span): such a span need not carry a plugin's component. */
    static final String OPENS = "opens ";
    /** Every number in the file that may be a port: a server it starts listens on one of them, if on a literal at all. */
    static final String PORTS = "ports ";
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
        file.python().spanKinds().forEach(kind -> facts.add(OPENS + kind));
        for (PythonModule.StringLiteral literal : file.python().startupStrings()) {
            host(literal.text()).ifPresent(host -> facts.add(CALLS + host + " " + literal.line() + " " + literal.column()));
        }
        facts.add(PORTS + String.join(" ", ports(file.text())));
        context.facts(file.path(), facts);
    }

    /**
     * The numbers of a text that may be ports (2 to 5 digits, not part of a name or a decimal), each once. A scan, not a
     * pattern: it runs over every test's whole text.
     */
    static Set<String> ports(String text) {
        Set<String> ports = new TreeSet<>();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (!isDigit(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < length && isDigit(text.charAt(end))) {
                end++;
            }
            int digits = end - i;
            if (digits >= 2 && digits <= 5 && (i == 0 || !partOfName(text.charAt(i - 1))) && (end == length || !partOfName(text.charAt(end)))
                    && Integer.parseInt(text, i, end, 10) <= 65535) {
                ports.add(text.substring(i, end));
            }
            i = end;
        }
        return ports;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A character that makes a number beside it part of a name or a decimal. */
    private static boolean partOfName(char c) {
        return c == '.' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The host a string literal addresses ('kafka-server:9092', 'http://provider:9091/users', 'redis'), if it may be one. */
    static Optional<String> host(String literal) {
        Matcher matcher = HOST.matcher(literal);
        return matcher.matches() ? Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : Optional.empty();
    }
}
