package io.github.swplugin.check.expected;

import io.github.swplugin.check.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A literal {@code componentId} of an expected span, where it stands, with the span's literal {@code spanType} (empty
 * when it has none). Kept as a fact of the file, so that a run that takes the file's findings from the cache still
 * knows its components.
 */
public record ComponentUse(int id, int line, int column, String spanType) {
    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final String FACT = "component ";

    /** The literal componentIds of the file's segment spans, in file order. */
    public static List<ComponentUse> in(Node root) {
        List<ComponentUse> uses = new ArrayList<>();
        for (MappingNode span : Trace.allSpans(root)) {
            OptionalInt id = Trace.exactInt(span, "componentId");
            if (id.isPresent()) {
                Node at = Trace.at(span, "componentId");
                String type = Trace.exact(span, "spanType").filter(t -> WORD.matcher(t).matches()).orElse("");
                uses.add(new ComponentUse(id.getAsInt(), YamlLoader.line(at), YamlLoader.column(at), type));
            }
        }
        return uses;
    }

    public String fact() {
        return FACT + id + " " + line + " " + column + " " + spanType;
    }

    /** The use a {@link #fact()} line names, or empty for another fact. */
    public static Optional<ComponentUse> ofFact(String fact) {
        if (!fact.startsWith(FACT)) {
            return Optional.empty();
        }
        String[] parts = fact.substring(FACT.length()).split(" ", -1);
        try {
            return Optional.of(new ComponentUse(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3]));
        } catch (RuntimeException e) {
            return Optional.empty();  // a damaged cache line
        }
    }
}
