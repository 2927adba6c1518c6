package io.github.swplugin.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integer members of one {@code class Name(Enum):} block, read line by line as the agent's
 * {@code skywalking/__init__.py} writes them ({@code Member = 7001  # comment}), with names as Python
 * reads identifiers: any Unicode letter may start one, and names are compared after NFKC
 * normalisation, as Python compares them.
 */
public final class PythonEnum {
    /** A Python identifier: a letter (of any script), letter number or underscore, then those, marks, digits, connectors. */
    public static final String IDENTIFIER = "[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*";
    private static final Pattern MEMBER = Pattern.compile("([ \\t]+)(" + IDENTIFIER + ")[ \\t]*=[ \\t]*(-?\\d{1,9})[ \\t]*(?:#.*)?");

    /** One member, with the 1-based line and column of its name. */
    public record Member(String name, int id, int line, int column) {
    }

    private final String text;
    private final List<Member> members;
    /** Where a new member goes: after the last member's line, in its indentation. */
    private final int insertAt;
    private final String indent;

    private PythonEnum(String text, List<Member> members, int insertAt, String indent) {
        this.text = text;
        this.members = members;
        this.insertAt = insertAt;
        this.indent = indent;
    }

    /** The members of an enum read earlier, without its text: such an enum answers questions but takes no new member. */
    public static PythonEnum of(List<Member> members) {
        return new PythonEnum(null, List.copyOf(members), -1, "    ");
    }

    /** Finds {@code class <className>(...Enum...):} and reads its members; empty if there is none. */
    public static Optional<PythonEnum> read(String text, String className) {
        Pattern header = Pattern.compile("(?m)^class[ \\t]+" + Pattern.quote(className) + "[ \\t]*\\([^)]*Enum[^)]*\\)[ \\t]*:");
        Matcher start = header.matcher(text);
        if (!start.find()) {
            return Optional.empty();
        }
        List<Member> members = new ArrayList<>();
        int line = (int) text.substring(0, start.start()).chars().filter(c -> c == '\n').count() + 1;
        int offset = text.indexOf('\n', start.end()) + 1;
        int insertAt = -1;
        String indent = "    ";
        while (offset > 0 && offset < text.length()) {
            line++;
            int end = text.indexOf('\n', offset);
            String content = (end < 0 ? text.substring(offset) : text.substring(offset, end)).stripTrailing();
            if (!content.isEmpty() && !Character.isWhitespace(content.charAt(0))) {
                break;
            }
            Matcher member = MEMBER.matcher(content);
            if (member.matches()) {
                members.add(new Member(member.group(2), Integer.parseInt(member.group(3)), line, member.start(2) + 1));
                indent = member.group(1);
                insertAt = end < 0 ? text.length() : end + 1;
            }
            offset = end < 0 ? -1 : end + 1;
        }
        return Optional.of(new PythonEnum(text, members, insertAt, indent));
    }

    public List<Member> members() {
        return members;
    }

    /** The member Python would find for {@code name}. */
    public Optional<Member> byName(String name) {
        String key = normalised(name);
        return members.stream().filter(m -> normalised(m.name()).equals(key)).findFirst();
    }

    public boolean hasId(int id) {
        return members.stream().anyMatch(m -> m.id() == id);
    }

    /** The name as Python stores it (NFKC): two spellings with the same form are one name. */
    public static String normalised(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC);
    }

    /** The text with {@code name = id} after the last member, in the file's indentation and line ending. */
    public String withMember(String name, int id) {
        if (text == null || insertAt < 0) {
            throw new IllegalStateException(text == null ? "the enum was rebuilt without its text" : "the enum has no members to add to");
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String before = text.substring(0, insertAt);
        String line = indent + name + " = " + id;
        if (!before.endsWith("\n")) {
            line = newline + line;
        }
        return before + line + newline + text.substring(insertAt);
    }
}
