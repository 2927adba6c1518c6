package io.github.swplugin.archetype;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Component} enum in {@code skywalking/__init__.py}: its members, and the same text
 * with one member added after the last, in the file's indentation and line endings.
 */
final class ComponentEnumFile {
    private static final Pattern MEMBER = Pattern.compile("([ \\t]+)([A-Za-z_]\\w*)[ \\t]*=[ \\t]*(\\d{1,9})[ \\t]*(#.*)?");

    record Member(String name, int id) {
    }

    private final String text;
    private final List<Member> members = new ArrayList<>();
    private int insertAt = -1;
    private String indent = "    ";

    ComponentEnumFile(String text) {
        this.text = text;
        Matcher header = Pattern.compile("(?m)^class[ \\t]+Component[ \\t]*\\([^)]*Enum[^)]*\\)[ \\t]*:").matcher(text);
        if (!header.find()) {
            throw new ScaffoldException("skywalking/__init__.py has no 'class Component(Enum):': is this a skywalking-python checkout?");
        }
        int offset = text.indexOf('\n', header.end()) + 1;
        while (offset > 0 && offset < text.length()) {
            int end = text.indexOf('\n', offset);
            String line = (end < 0 ? text.substring(offset) : text.substring(offset, end)).replace("\r", "");
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                break;
            }
            Matcher member = MEMBER.matcher(line);
            if (member.matches()) {
                members.add(new Member(member.group(2), Integer.parseInt(member.group(3))));
                indent = member.group(1);
                insertAt = end < 0 ? text.length() : end + 1;
            }
            offset = end < 0 ? -1 : end + 1;
        }
        if (insertAt < 0) {
            throw new ScaffoldException("the Component enum in skywalking/__init__.py has no members to add to");
        }
    }

    List<Member> members() {
        return members;
    }

    Optional<Member> byName(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The text with {@code name = id} after the last member, keeping the file's line ending. */
    String withMember(String name, int id) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String before = text.substring(0, insertAt);
        String line = indent + name + " = " + id;
        if (!before.endsWith("\n")) {
            line = newline + line;
        }
        return before + line + newline + text.substring(insertAt);
    }
}
