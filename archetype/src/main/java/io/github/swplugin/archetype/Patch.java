package io.github.swplugin.archetype;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One class the plugin instruments and the methods it replaces on it (MQ and RPC targets may share a class). */
public record Patch(String module, String cls, List<String> methods) {

    static List<Patch> of(List<Target> targets) {
        Map<String, Patch> byClass = new LinkedHashMap<>();
        for (Target target : targets) {
            Patch patch = byClass.computeIfAbsent(target.module() + ":" + target.cls(),
                    k -> new Patch(target.module(), target.cls(), new ArrayList<>()));
            if (!patch.methods().contains(target.method())) {
                patch.methods().add(target.method());
            }
        }
        return List.copyOf(byClass.values());
    }
}
