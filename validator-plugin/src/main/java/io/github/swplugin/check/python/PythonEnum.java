package io.github.swplugin.check.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integer members of one {@code class Name(Enum):} block, read line by line as the agent's
 * {@code skywalking/__init__.py} writes them: {@code Member = 7001  # comment}.
 */
public final class PythonEnum {
    private static final Pattern MEMBER = Pattern.compile("[ \\t]+([A-Za-z_]\\w*)[ \\t]*=[ \\t]*(-?\\d{1,9})[ \\t]*(?:#.*)?");

    /** One member, with the 1-based line and column of its name. */
    public record Member(String name, int id, int line, int column) {
    }

    private final List<Member> members;

    private PythonEnum(List<Member> members) {
        this.members = members;
    }

    /** Finds {@code class <className>(...Enum...):} and reads its members; empty if there is none. */
    public static Optional<PythonEnum> read(String text, String className) {
        Pattern header = Pattern.compile("(?m)^class[ \\t]+" + Pattern.quote(className) + "[ \\t]*\\([^)]*Enum[^)]*\\)[ \\t]*:");
        Matcher start = header.matcher(text);
        if (!start.find()) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        int lineIndex = (int) text.substring(0, start.start()).chars().filter(c -> c == '\n').count() + 1;
        List<Member> members = new ArrayList<>();
        for (; lineIndex < lines.length; lineIndex++) {
            String line = lines[lineIndex].stripTrailing();
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                break;
            }
            Matcher member = MEMBER.matcher(line);
            if (member.matches()) {
                members.add(new Member(member.group(1), Integer.parseInt(member.group(2)), lineIndex + 1, member.start(1) + 1));
            }
        }
        return Optional.of(new PythonEnum(members));
    }

    public List<Member> members() {
        return members;
    }

    public Optional<Member> byName(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public boolean hasId(int id) {
        return members.stream().anyMatch(m -> m.id() == id);
    }
}
