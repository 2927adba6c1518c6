package io.github.swplugin.check.python;

import io.github.swplugin.check.TextPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python module read as text: its top-level assignments and its {@code Component.X}
 * references. Strings and comments are skipped, so nothing inside them is mistaken for code.
 */
public final class PythonModule {
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_]\\w*)[ \\t]*(?::[^=\\n]*)?=(?!=)");

    /** A {@code Component.Name} in code, at a 1-based line and column. */
    public record ComponentRef(String name, int line, int column) {
    }

    /** A string literal's text as written (escapes not applied), at a 1-based line and column. */
    public record StringLiteral(String text, int line, int column) {
    }

    private final String text;
    /** Made when a position is first asked for: most test modules record none. */
    private TextPosition positions;
    private final Map<String, Integer> assignments = new HashMap<>();
    private final List<ComponentRef> componentRefs = new ArrayList<>();
    /** The span kinds the agent's context opens, by the method that opens them. */
    private static final Map<String, String> SPAN_OPENERS = Map.of("new_entry_span", "Entry", "new_exit_span", "Exit",
            "new_local_span", "Local");
    private final Set<String> layers = new TreeSet<>();
    private final Set<String> spanKinds = new TreeSet<>();
    private boolean taggedSpans;
    /** The top-level packages of the absolute imports, wherever they are (a plugin imports its library in install()). */
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> configReads = new TreeSet<>();
    private final List<StringLiteral> startupStrings = new ArrayList<>();
    /** The tag classes the module builds ({@code TagDbType}), each with the literal values it passes, or null for any other. */
    private final Map<String, Set<String>> tagValues = new HashMap<>();
    /** The indentation of the def whose body the scan is in, or -1 outside any function. */
    private int functionIndent = -1;
    /** Where the first string literal that is never closed starts, or -1. */
    private int unclosedString = -1;

    private PythonModule(String text) {
        this.text = text;
        scan();
    }

    public static PythonModule of(String text) {
        return new PythonModule(text);
    }

    public String text() {
        return text;
    }

    public TextPosition positions() {
        TextPosition made = positions;
        if (made == null) {
            made = new TextPosition(text);  // immutable: two threads that both make it get equal ones
            positions = made;
        }
        return made;
    }

    public boolean assigns(String name) {
        return assignments.containsKey(name);
    }

    /** The 1-based line of the last top-level assignment to {@code name}, or 0. */
    public int lineOf(String name) {
        Integer offset = assignments.get(name);
        return offset == null ? 0 : positions().line(offset);
    }

    /** The literal assigned to {@code name} at top level (the last assignment wins, as in Python). */
    public PyValue literal(String name) throws PythonSyntaxException {
        Integer offset = assignments.get(name);
        if (offset == null) {
            throw new PythonSyntaxException(name + " is not assigned at module level", 0);
        }
        return PythonLiterals.parse(text, positions(), offset);
    }

    /** The 1-based line and column of the first string that is never closed (Python cannot import the module), if any. */
    public Optional<int[]> unclosedString() {
        return unclosedString < 0 ? Optional.empty()
                : Optional.of(new int[] {positions().line(unclosedString), positions().column(unclosedString)});
    }

    /** The {@code Layer.X} members the module names, outside strings and comments. */
    public Set<String> layers() {
        return layers;
    }

    /** Whether the module tags its spans ({@code span.tag(...)}). */
    public boolean tagsSpans() {
        return taggedSpans;
    }

    /** The span types the module opens: Entry, Exit, Local. */
    public Set<String> spanKinds() {
        return spanKinds;
    }

    public List<ComponentRef> componentRefs() {
        return componentRefs;
    }

    /** The settings the module reads from the agent's configuration ({@code plugin_flask_collect_http_params} of {@code config.X}). */
    public Set<String> configReads() {
        return configReads;
    }

    /** The top-level packages the module imports absolutely ({@code flask} of {@code from flask.app import Flask}). */
    public Set<String> imports() {
        return imports;
    }

    /**
     * The string literals outside function bodies: what the module does when it is imported or run as a script (a
     * service's {@code if __name__ == '__main__':} block), not what it does later, when a function is called.
     */
    public List<StringLiteral> startupStrings() {
        return startupStrings;
    }

    /**
     * The tag classes the module builds ({@code TagDbType('HBase')}) with the string literals it builds them of; a class
     * built of anything else ({@code TagDbType(name)}) maps to null: its values are not known.
     */
    public Map<String, Set<String>> tagValues() {
        return tagValues;
    }

    private void scan() {
        int depth = 0;
        boolean lineStart = true;
        boolean statementStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (lineStart && depth == 0) {
                trackFunction(i);
                if (Character.isLetter(c) || c == '_') {
                    recordAssignment(i);
                }
            }
            lineStart = false;
            if (c == ' ' || c == '\t') {
                i++;  // a blank changes nothing: not where a statement starts, not the depth (most of a module's characters)
                continue;
            }
            boolean wasStatementStart = statementStart;
            statementStart = c == ';' || c == '\n' && depth == 0;
            if (c == '#') {
                int newline = text.indexOf('\n', i);
                i = newline < 0 ? text.length() : newline;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
            } else if (c == '\n') {
                lineStart = true;
                i++;
            } else if (PythonLiterals.isStringStart(text, i)) {
                int end = PythonLiterals.stringEnd(text, i);
                if (unclosedString < 0 && end < 0) {
                    unclosedString = i;
                }
                if (end >= 0 && functionIndent < 0) {
                    recordStartupString(i, end);
                }
                i = PythonLiterals.skipString(text, i);
            } else if (Character.isLetter(c) || c == '_') {
                int end = identifier(i);
                if (wasStatementStart && (isName(i, end, "import") || isName(i, end, "from"))) {
                    recordImport(text.substring(i, end), end);
                }
                i = end;
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                i++;
            }
        }
    }

    /** At the start of a logical line: whether it leaves the function the scan was in, or starts a function's body. */
    private void trackFunction(int lineStart) {
        int indent = 0;
        int i = lineStart;
        for (; i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
            indent = text.charAt(i) == '\t' ? (indent / 8 + 1) * 8 : indent + 1;
        }
        if (i == text.length() || "\r\n#".indexOf(text.charAt(i)) >= 0) {
            return;  // a blank or comment line does not end a block
        }
        if (functionIndent >= 0 && indent <= functionIndent) {
            functionIndent = -1;
        }
        if (functionIndent < 0 && (startsKeyword(i, "def") || startsKeyword(i, "async") && startsKeyword(skipBlanks(i + 5), "def"))) {
            functionIndent = indent;
        }
    }

    private boolean startsKeyword(int at, String keyword) {
        int end = at + keyword.length();
        return text.startsWith(keyword, at) && end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t');
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** A tag class built at {@code from} (just past its parenthesis): of one string literal, or of something else. */
    private void recordTag(String tagClass, int from) {
        int start = skipBlanks(from);
        int end = start < text.length() && PythonLiterals.isStringStart(text, start) ? PythonLiterals.stringEnd(text, start) : -1;
        boolean literal = end > 0 && !isFormatted(start) && skipBlanks(end) < text.length() && text.charAt(skipBlanks(end)) == ')';
        if (!literal || text.substring(start, end).indexOf('\\') >= 0) {
            tagValues.put(tagClass, null);  // an escape would need decoding to compare: not known
        } else if (!tagValues.containsKey(tagClass) || tagValues.get(tagClass) != null) {
            tagValues.computeIfAbsent(tagClass, c -> new TreeSet<>()).add(body(start, end));
        }
    }

    /** Whether the string literal at {@code start} is an f-string: its prefix (f, rf, Fr...) holds an f. */
    private boolean isFormatted(int start) {
        for (int i = start; Character.isLetter(text.charAt(i)); i++) {
            if (Character.toLowerCase(text.charAt(i)) == 'f') {
                return true;
            }
        }
        return false;
    }

    private void recordStartupString(int start, int end) {
        startupStrings.add(new StringLiteral(body(start, end), positions().line(start), positions().column(start)));
    }

    /** The text between the quotes of the string literal from {@code start} to {@code end}, as written. */
    private String body(int start, int end) {
        int open = start;
        while (Character.isLetter(text.charAt(open))) {
            open++;
        }
        int quotes = PythonLiterals.isTriple(text, start) ? 3 : 1;
        return text.substring(open + quotes, end - quotes);
    }

    /** After {@code import} or {@code from} at the start of a statement: the top-level packages it names. */
    private void recordImport(String keyword, int end) {
        int stop = end;
        while (stop < text.length() && "\n;#".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        String rest = text.substring(end, stop);
        List<String> names = keyword.equals("import") ? List.of(rest.split(",")) : List.of(firstWord(rest));
        for (String name : names) {
            String module = firstWord(name);
            int dot = module.indexOf('.');
            String top = dot < 0 ? module : module.substring(0, dot);
            if (!top.isEmpty() && (Character.isLetter(top.charAt(0)) || top.charAt(0) == '_')) {
                imports.add(top);  // a relative import (from .x) names no package
            }
        }
    }

    /**
     * The text up to its first blank once stripped, as splitting it at {@code \s+} gives, without a pattern's matcher for
     * each import of every Python file.
     */
    private static String firstWord(String text) {
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            if (" \t\n\u000B\f\r".indexOf(stripped.charAt(i)) >= 0) {
                return stripped.substring(0, i);
            }
        }
        return stripped;
    }

    /** Whether the identifier from {@code start} to {@code end} is {@code name}. */
    private boolean isName(int start, int end, String name) {
        return end - start == name.length() && text.startsWith(name, start);
    }

    /** Where the name (letters, digits, underscores) starting at {@code from} ends. */
    private int nameEnd(int from) {
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private void recordAssignment(int lineStart) {
        int end = text.indexOf('\n', lineStart);
        end = end < 0 ? text.length() : end;
        int equals = lineStart;
        while (equals < end && text.charAt(equals) != '=') {
            equals++;  // on this line only: a search to the next '=' could cross the rest of the module for each line
        }
        if (equals == end) {
            return;  // most lines assign nothing: no matcher for them
        }
        Matcher matcher = ASSIGNMENT.matcher(text).region(lineStart, text.length());
        if (matcher.lookingAt()) {
            assignments.put(matcher.group(1), matcher.end());
        }
    }

    /** Reads an identifier, recording {@code Component.X}, {@code Layer.X} and the span kinds it opens; returns its end. */
    private int identifier(int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        boolean attribute = start > 0 && text.charAt(start - 1) == '.';
        // the names below are compared in place: a module has thousands of identifiers, and few are one of them
        if (attribute && text.startsWith("new_", start)) {
            String kind = SPAN_OPENERS.get(text.substring(start, end));
            if (kind != null) {
                spanKinds.add(kind);
            }
        }
        taggedSpans |= attribute && isName(start, end, "tag") && text.startsWith("(", end);
        if (!attribute && end - start > 3 && text.startsWith("Tag", start) && text.startsWith("(", end)) {
            recordTag(text.substring(start, end), end + 1);
        }
        if (!attribute && isName(start, end, "config") && text.startsWith(".", end)) {
            int nameEnd = nameEnd(end + 1);
            if (nameEnd > end + 1) {
                configReads.add(text.substring(end + 1, nameEnd));
            }
        }
        if (!attribute && isName(start, end, "Layer") && text.startsWith(".", end)) {
            int nameEnd = end + 1;
            while (nameEnd < text.length() && Character.isLetterOrDigit(text.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd > end + 1) {
                layers.add(text.substring(end + 1, nameEnd));
                return nameEnd;
            }
        }
        if (!attribute && text.startsWith("Component.", start) && end == start + "Component".length()) {
            int nameEnd = nameEnd(end + 1);
            if (nameEnd > end + 1) {
                componentRefs.add(new ComponentRef(text.substring(end + 1, nameEnd), positions().line(end + 1), positions().column(end + 1)));
                return nameEnd;
            }
        }
        return end;
    }
}
