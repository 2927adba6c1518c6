package io.github.swplugin.check.python;

import io.github.swplugin.core.PythonEnum;
import java.util.HashMap;
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

    /** The modules that report a component, with every layer they set and every span type they open. */
    public record Origin(String component, Set<String> modules, Set<String> layers, Set<String> spanTypes) {
    }

    private final Map<Integer, Origin> byId;

    private SpanOrigins(Map<Integer, Origin> byId) {
        this.byId = byId;
    }

    public static SpanOrigins none() {
        return new SpanOrigins(Map.of());
    }

    public static SpanOrigins of(Map<String, PythonModule> modules, PythonEnum components) {
        Map<Integer, Origin> byId = new HashMap<>();
        Map<Integer, Boolean> readable = new HashMap<>();
        for (Map.Entry<String, PythonModule> module : new TreeMap<>(modules).entrySet()) {
            PythonModule code = module.getValue();
            for (PythonModule.ComponentRef ref : code.componentRefs()) {
                Optional<PythonEnum.Member> member = components.byName(ref.name());
                if (member.isEmpty() || SHARED.contains(member.get().id())) {
                    continue;
                }
                int id = member.get().id();
                readable.merge(id, !code.layers().isEmpty() && !code.spanKinds().isEmpty(), Boolean::logicalAnd);
                Origin origin = byId.computeIfAbsent(id, k -> new Origin(member.get().name(), new TreeSet<>(), new TreeSet<>(),
                        new TreeSet<>()));
                origin.modules().add(module.getKey() + ".py");
                origin.layers().addAll(code.layers());
                origin.spanTypes().addAll(code.spanKinds());
            }
        }
        byId.keySet().removeIf(id -> !readable.get(id));
        return new SpanOrigins(byId);
    }

    public Optional<Origin> of(int componentId) {
        return Optional.ofNullable(byId.get(componentId));
    }
}
