package io.github.swplugin.archetype;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names and ids from SkyWalking's component-libraries.yml, read line by line (top-level name, indented id). */
final class ComponentRegistry {
    private static final Pattern ENTRY = Pattern.compile("(?m)^([A-Za-z0-9][\\w.-]*):[ \\t]*\\r?\\n[ \\t]+id:[ \\t]*(\\d{1,9})");

    private final Map<String, Integer> idByName = new HashMap<>();

    ComponentRegistry(String text) {
        Matcher entry = ENTRY.matcher(text);
        while (entry.find()) {
            idByName.putIfAbsent(entry.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(entry.group(2)));
        }
    }

    static ComponentRegistry empty() {
        return new ComponentRegistry("");
    }

    OptionalInt idOf(String name) {
        Integer id = idByName.get(name.toLowerCase(Locale.ROOT));
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    boolean uses(int id) {
        return idByName.containsValue(id);
    }
}
