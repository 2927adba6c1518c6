package io.github.swplugin.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver, remembering the tag of each short plain scalar: expectations repeat the same few values
 * ({@code not null}, {@code 0}, {@code Exit}) thousands of times, and resolving one runs up to five patterns,
 * which was the largest allocation of a cold run. The tag is a pure function of the value, so nothing changes.
 */
final class RememberingResolver extends Resolver {
    private static final int LONGEST = 64;
    private static final int ENTRIES = 16_384;

    private final Map<String, Tag> plainScalars = new ConcurrentHashMap<>();
    /**
     * The ASCII characters some implicit resolver's values start with. A plain scalar starting with any other (most keys
     * and values: {@code spanId}, {@code Exit}, {@code /users}) can only be a string, which SnakeYAML finds by looking
     * its first character up: answered here without hashing the value, a sixth of a cold run's time in the composer.
     */
    private final boolean[] resolvable = new boolean[128];
    /** Whether a resolver applies to every first character: then no value is known to be a string before matching. */
    private final boolean catchAll;

    RememberingResolver() {
        for (Character first : yamlImplicitResolvers.keySet()) {
            if (first != null && first < resolvable.length) {
                resolvable[first] = true;
            }
        }
        catchAll = yamlImplicitResolvers.containsKey(null);
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit || value.length() > LONGEST) {
            return super.resolve(kind, value, implicit);
        }
        if (!value.isEmpty() && !catchAll && value.charAt(0) < resolvable.length && !resolvable[value.charAt(0)]) {
            return Tag.STR;
        }
        Tag known = plainScalars.get(value);
        if (known != null) {
            return known;
        }
        Tag tag = super.resolve(kind, value, implicit);
        if (plainScalars.size() < ENTRIES) {
            plainScalars.put(value, tag);
        }
        return tag;
    }
}
