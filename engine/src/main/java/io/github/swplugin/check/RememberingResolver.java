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

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit || value.length() > LONGEST) {
            return super.resolve(kind, value, implicit);
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
