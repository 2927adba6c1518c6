package io.github.swplugin.check.python;

import io.github.swplugin.core.PythonEnum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the checkout's plugin modules say about the spans of each component they report: the layers they
 * set and the span types they open. Known only where every module that names the component names its
 * layers and opens its spans itself; the shared components (Unknown, General) are left out, since tests
 * and user code report them too.
 */
public final class SpanOrigins {
    private static final Set<Integer> SHARED = Set.of(0, 7000);

    /**
     * The modules that report a component, every layer they set, every span type they open, whether they all tag spans,
     * and the values of the tags they set only to literals, by key.
     */
    public record Origin(String component, Set<String> modules, Set<String> layers, Set<String> spanTypes, boolean alwaysTagged,
            Map<String, Set<String>> tagValues) {
    }

    private final Map<Integer, Origin> byId;

    private SpanOrigins(Map<Integer, Origin> byId) {
        this.byId = byId;
    }

    public static SpanOrigins none() {
        return new SpanOrigins(Map.of());
    }

    /** @param tagKeys the key each tag class sets ({@code TagDbType} -> db.type) */
    public static SpanOrigins of(Map<String, PluginFacts> modules, PythonEnum components, Map<String, String> tagKeys) {
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, List<Map.Entry<String, PluginFacts>>> reporters = new HashMap<>();
        for (Map.Entry<String, PluginFacts> module : new TreeMap<>(modules).entrySet()) {
            for (PythonModule.ComponentRef ref : module.getValue().componentRefs()) {
                components.byName(ref.name()).filter(member -> !SHARED.contains(member.id())).ifPresent(member -> {
                    names.put(member.id(), member.name());
                    List<Map.Entry<String, PluginFacts>> list = reporters.computeIfAbsent(member.id(), k -> new ArrayList<>());
                    // a module's references come one after another: by identity, since comparing two modules' facts
                    // field by field was a record's equals, slow to link in a fresh JVM
                    if (list.isEmpty() || list.get(list.size() - 1) != module) {
                        list.add(module);
                    }
                });
            }
        }
        Map<Integer, Origin> byId = new HashMap<>();
        reporters.forEach((id, list) -> {
            // a module that leaves its layer or its spans to shared code says nothing certain
            if (list.stream().allMatch(m -> !m.getValue().layers().isEmpty() && !m.getValue().spanKinds().isEmpty())) {
                Set<String> files = new TreeSet<>();
                Set<String> layers = new TreeSet<>();
                Set<String> spanTypes = new TreeSet<>();
                list.forEach(m -> {
                    files.add(m.getKey() + ".py");
                    layers.addAll(m.getValue().layers());
                    spanTypes.addAll(m.getValue().spanKinds());
                });
                boolean tagged = list.stream().allMatch(m -> m.getValue().tagsSpans());
                byId.put(id, new Origin(names.get(id), files, layers, spanTypes, tagged, tagValues(list, tagKeys)));
            }
        });
        return new SpanOrigins(byId);
    }

    /** The values of each tag key that every one of the modules sets only to string literals. */
    private static Map<String, Set<String>> tagValues(List<Map.Entry<String, PluginFacts>> modules, Map<String, String> tagKeys) {
        Map<String, Set<String>> values = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        for (Map.Entry<String, PluginFacts> module : modules) {
            module.getValue().tagValues().forEach((tagClass, literals) -> {
                String key = tagKeys.get(tagClass);
                if (key != null && literals == null) {
                    unknown.add(key);
                } else if (key != null) {
                    values.computeIfAbsent(key, k -> new TreeSet<>()).addAll(literals);
                }
            });
        }
        unknown.forEach(values::remove);
        return values;
    }

    public Optional<Origin> of(int componentId) {
        return Optional.ofNullable(byId.get(componentId));
    }
}
