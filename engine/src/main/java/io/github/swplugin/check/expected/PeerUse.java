package io.github.swplugin.check.expected;

import io.github.swplugin.check.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A span's literal {@code peer} of the form host:port, where it stands. Kept as a fact of the file, so that a run that
 * takes the file's findings from the cache can still hold the port against the compose service of that name.
 */
public record PeerUse(String host, int port, int line, int column) {
    private static final String FACT = "peer ";
    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9_.-]+):(\\d{1,5})");

    /** The literal host:port peers of the file's segment spans, in file order. */
    public static List<PeerUse> in(Node root) {
        List<PeerUse> uses = new ArrayList<>();
        for (MappingNode span : Trace.allSpans(root)) {
            Optional<Matcher> peer = Trace.exact(span, "peer").map(HOST_PORT::matcher).filter(Matcher::matches);
            if (peer.isPresent()) {
                Node at = Trace.at(span, "peer");
                uses.add(new PeerUse(peer.get().group(1), Integer.parseInt(peer.get().group(2)), YamlLoader.line(at),
                        YamlLoader.column(at)));
            }
        }
        return uses;
    }

    public String fact() {
        return FACT + host + " " + port + " " + line + " " + column;
    }

    /** The use a {@link #fact()} line names, or empty for another fact. */
    public static Optional<PeerUse> ofFact(String fact) {
        if (!fact.startsWith(FACT)) {
            return Optional.empty();
        }
        String[] parts = fact.substring(FACT.length()).split(" ");
        try {
            return Optional.of(new PeerUse(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
        } catch (RuntimeException e) {
            return Optional.empty();  // a damaged cache line
        }
    }
}
