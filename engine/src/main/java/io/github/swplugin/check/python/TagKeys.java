package io.github.swplugin.check.python;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The key each tag class of the agent sets, from the checkout's {@code skywalking/trace/tags.py} ({@code TagDbType} sets db.type). */
public final class TagKeys {
    public static final String PATH = "skywalking/trace/tags.py";
    private static final Pattern TAG_CLASS = Pattern.compile("^class (Tag\\w+)\\(Tag\\):[ \\t]*(?:#[^\\n]*)?\\n(?:[ \\t]*(?:#[^\\n]*)?\\n)*"
            + "[ \\t]+key[ \\t]*(?::[^=\\n]*)?=[ \\t]*(['\"])([^'\"\\\\\\n]+)\\2", Pattern.MULTILINE);

    private TagKeys() {
    }

    public static Map<String, String> in(String text) {
        Map<String, String> keys = new HashMap<>();
        Matcher matcher = TAG_CLASS.matcher(text);
        while (matcher.find()) {
            keys.put(matcher.group(1), matcher.group(3));
        }
        return keys;
    }
}
