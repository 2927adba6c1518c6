package io.github.swplugin.archetype;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An instrumentation point, {@code module.path:Class.method}: the class whose method the plugin
 * replaces, imported from the module.
 */
public record Target(String module, String cls, String method) {
    private static final Pattern FORM = Pattern.compile("([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*):([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)");

    public static Target parse(String text) {
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            throw new ScaffoldException("target '" + text + "' is not module.path:Class.method, such as pymemcache.client.base:Client.set");
        }
        Target target = new Target(matcher.group(1), matcher.group(2), matcher.group(3));
        for (String part : (target.module + "." + target.cls + "." + target.method).split("\\.")) {
            Names.requireNotKeyword(part, "target");
        }
        return target;
    }
}
