package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorData.KeyValue;
import io.github.swplugin.collector.CollectorData.Log;
import io.github.swplugin.collector.CollectorData.LogBody;
import io.github.swplugin.collector.CollectorData.LogItem;
import io.github.swplugin.collector.CollectorData.LogTags;
import io.github.swplugin.collector.CollectorData.LogTraceContext;
import io.github.swplugin.collector.CollectorData.Meter;
import io.github.swplugin.collector.CollectorData.MeterId;
import io.github.swplugin.collector.CollectorData.MeterItem;
import io.github.swplugin.collector.CollectorData.MeterTag;
import io.github.swplugin.collector.CollectorData.Place;
import io.github.swplugin.collector.CollectorData.Raw;
import io.github.swplugin.collector.CollectorData.Segment;
import io.github.swplugin.collector.CollectorData.SegmentItem;
import io.github.swplugin.collector.CollectorData.Span;
import io.github.swplugin.collector.CollectorData.Text;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads trace data the way the pinned collector's loader does (SnakeYAML beans with missing properties
 * skipped): typed fields become their scalar's text, unknown keys are dropped, the last repeated key
 * wins, and what the beans cannot hold (a list for a string, a scalar for a list) is {@link Rejected}.
 *
 * <p>Longer than most classes on purpose: one short method per bean of the collector's data, so that each level
 * reads as the collector's loader reads it.
 */
public final class CollectorLoader {
    /** The keys the loader keeps at each level, from the schema. */
    private static final Set<String> ROOT = Schema.ROOT.readKeys();
    private static final Set<String> SEGMENT_ITEM = Schema.SEGMENT_ITEM.readKeys();
    private static final Set<String> SEGMENT = Schema.SEGMENT.readKeys();
    private static final Set<String> SPAN = Schema.SPAN.readKeys();
    private static final Set<String> METER_ITEM = Schema.METER_ITEM.readKeys();
    private static final Set<String> METER = Schema.METER.readKeys();
    private static final Set<String> METER_ID = Schema.METER_ID.readKeys();
    private static final Set<String> METER_TAG = Schema.METER_TAG.readKeys();
    private static final Set<String> LOG_ITEM = Schema.LOG_ITEM.readKeys();
    private static final Set<String> LOG = Schema.LOG.readKeys();
    private static final Set<String> LOG_BODY = Schema.LOG_BODY.readKeys();
    private static final Set<String> LOG_TRACE_CONTEXT = Schema.LOG_TRACE_CONTEXT.readKeys();
    private static final Set<String> LOG_TAGS = Schema.LOG_TAGS.readKeys();
    private static final Set<String> KEY_VALUE = Schema.KEY_VALUE.readKeys();
    /** The span's string fields, in the order the schema lists them; tags, logs and refs are read untyped. */
    public static final List<String> SPAN_FIELDS = Schema.SPAN.readKeys().stream()
            .filter(key -> Schema.SPAN.fields().get(key).kind() != Shape.Kind.LIST).toList();

    /** How a rejection for a value first built under a key the loader drops begins, for validate to tell it apart. */
    public static final String BUILT_UNTYPED = "the collector's loader builds this value first under";

    private final Function<Mark, Place> places;
    private final ScalarValues scalars = new ScalarValues();
    /**
     * Scalars the collector's SnakeYAML builds first under a key its beans do not have, as a number, boolean or date, with
     * the key: it keeps that object for every alias or merge of the node, and a text field cannot take it.
     */
    private final Map<Node, ScalarNode> builtUntyped = new IdentityHashMap<>();

    private CollectorLoader(Function<Mark, Place> places) {
        this.places = places;
    }

    /**
     * Loads a document as the collector receives it. {@code doubledLines} says that every line break
     * of {@code text} was doubled on the way (the Python agent's test client joins the file's lines with
     * the line separator); places are given in the original text either way.
     */
    public static Data load(String text, boolean doubledLines) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Function<Mark, Place> places = mark -> new Place(mark.getLine() + 1, mark.getColumn() + 1);
        if (doubledLines) {
            body = doubleLineBreaks(body);
            places = mark -> new Place(mark.getLine() / 2 + 1, mark.getColumn() + 1);
        }
        return new CollectorLoader(places).data(compose(body, places));
    }

    /** What Python's {@code os.linesep.join(file.readlines())} makes of a file on Linux. */
    static String doubleLineBreaks(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        boolean last = unified.endsWith("\n");
        String inner = last ? unified.substring(0, unified.length() - 1) : unified;
        return inner.replace("\n", "\n\n") + (last ? "\n" : "");
    }

    private static Node compose(String text, Function<Mark, Place> places) {
        int[] longToken = LongTokens.find(text);
        if (longToken != null) {
            throw new Rejected(places.apply(new Mark("", 0, longToken[0] - 1, longToken[1] - 1, new int[0], 0)),
                    "more than " + LongTokens.MAX_CHARS + " characters without a space or line break: too long to judge");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(Integer.MAX_VALUE);
        // the collector's SnakeYAML 1.31 defaults: deeper nesting or more aliases fail its loader
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        try {
            return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "not YAML";
            throw new Rejected(mark == null ? Place.START : places.apply(mark),
                    "the collector cannot read the file as YAML: " + problem.strip());
        } catch (YAMLException e) {
            throw new Rejected(Place.START, "the collector cannot read the file as YAML: " + e.getMessage());
        }
    }

    private Place place(Node node) {
        return places.apply(node.getStartMark());
    }

    private Data data(Node root) {
        if (root == null || isNull(root)) {
            throw new Rejected(Place.START, "the document is empty: the collector fails on a null document");
        }
        Map<String, Node> fields = bean(root, ROOT, "the document");
        return new Data(list(fields.get("segmentItems"), this::segmentItem),
                list(fields.get("meterItems"), this::meterItem),
                list(fields.get("logItems"), this::logItem));
    }

    private SegmentItem segmentItem(Node node) {
        Map<String, Node> fields = bean(node, SEGMENT_ITEM, "a segment item");
        return new SegmentItem(text(fields.get("serviceName"), node), text(fields.get("segmentSize"), node),
                list(fields.get("segments"), this::segment), place(node));
    }

    private Segment segment(Node node) {
        Map<String, Node> fields = bean(node, SEGMENT, "a segment");
        Node spans = fields.get("spans");
        return new Segment(text(fields.get("segmentId"), node), list(spans, this::span), place(node),
                spans == null ? place(node) : place(spans));
    }

    private Span span(Node node) {
        Map<String, Node> fields = bean(node, SPAN, "a span");
        Map<String, Text> texts = new LinkedHashMap<>();
        for (String key : SPAN_FIELDS) {
            if (fields.containsKey(key)) {
                texts.put(key, text(fields.get(key), node));
            }
        }
        return new Span(texts, untypedList(fields.get("tags")), untypedList(fields.get("logs")),
                untypedList(fields.get("refs")), place(node));
    }

    private MeterItem meterItem(Node node) {
        Map<String, Node> fields = bean(node, METER_ITEM, "a meter item");
        return new MeterItem(text(fields.get("serviceName"), node), text(fields.get("meterSize"), node),
                list(fields.get("meters"), this::meter), place(node));
    }

    private Meter meter(Node node) {
        Map<String, Node> fields = bean(node, METER, "a meter");
        Node id = fields.get("meterId");
        MeterId meterId = null;
        if (id != null && !isNull(id)) {
            Map<String, Node> idFields = bean(id, METER_ID, "a meterId");
            meterId = new MeterId(text(idFields.get("name"), id).value(), list(idFields.get("tags"), tag -> {
                Map<String, Node> tagFields = bean(tag, METER_TAG, "a meter tag");
                return new MeterTag(text(tagFields.get("name"), tag).value(), text(tagFields.get("value"), tag).value());
            }));
        }
        return new Meter(meterId, text(fields.get("singleValue"), node), strings(fields.get("histogramBuckets")),
                strings(fields.get("histogramValues")), place(node));
    }

    private LogItem logItem(Node node) {
        Map<String, Node> fields = bean(node, LOG_ITEM, "a log item");
        return new LogItem(text(fields.get("serviceName"), node), text(fields.get("logSize"), node),
                list(fields.get("logs"), this::log), place(node));
    }

    private Log log(Node node) {
        Map<String, Node> fields = bean(node, LOG, "a log");
        return new Log(text(fields.get("timestamp"), node), text(fields.get("endpoint"), node),
                nullable(fields.get("body"), this::logBody), nullable(fields.get("traceContext"), this::traceContext),
                nullable(fields.get("tags"), this::logTags), text(fields.get("layer"), node), place(node));
    }

    private LogBody logBody(Node node) {
        Map<String, Node> fields = bean(node, LOG_BODY, "a log body");
        Map<String, Text> content = nullable(fields.get("content"), c -> {
            Map<String, Text> texts = new LinkedHashMap<>();
            mapping(c, "a log body's content").forEach(t -> texts.put(key(t), text(t.getValueNode(), c)));
            return texts;
        });
        return new LogBody(text(fields.get("type"), node), content, place(node));
    }

    private LogTraceContext traceContext(Node node) {
        Map<String, Node> fields = bean(node, LOG_TRACE_CONTEXT, "a log's traceContext");
        return new LogTraceContext(text(fields.get("traceId"), node), text(fields.get("traceSegmentId"), node),
                text(fields.get("spanId"), node), place(node));
    }

    private LogTags logTags(Node node) {
        Map<String, Node> fields = bean(node, LOG_TAGS, "a log's tags");
        return new LogTags(list(fields.get("data"), pair -> {
            Map<String, Node> pairFields = bean(pair, KEY_VALUE, "a log tag");
            Text value = text(pairFields.get("value"), pair);
            return new KeyValue(text(pairFields.get("key"), pair).value(), value.value(), place(pair), value.place());
        }), place(node));
    }

    /** The mapping's known keys, the last of repeated ones winning; unknown keys are dropped as the loader does. */
    private Map<String, Node> bean(Node node, Set<String> keys, String what) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping(node, what)) {
            String key = key(tuple);
            if (keys.contains(key)) {
                fields.put(key, tuple.getValueNode());
            } else {
                builtUntyped((ScalarNode) tuple.getKeyNode(), tuple.getValueNode());
            }
        }
        return fields;
    }

    /** Notes the typed scalars defined under a dropped key (not those it only aliases: they were built where defined). */
    private void builtUntyped(ScalarNode key, Node node) {
        if (node.getStartMark().getIndex() < key.getStartMark().getIndex()) {
            return;
        }
        if (node instanceof ScalarNode scalar) {
            if (!scalar.getTag().equals(Tag.STR) && !scalar.getTag().equals(Tag.NULL)) {
                builtUntyped.putIfAbsent(scalar, key);
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(child -> builtUntyped(key, child));
        } else if (node instanceof MappingNode map) {
            map.getValue().forEach(tuple -> builtUntyped(key, tuple.getValueNode()));
        }
    }

    private List<NodeTuple> mapping(Node node, String what) {
        if (!(node instanceof MappingNode map)) {
            throw new Rejected(place(node), "the collector's loader needs a mapping for " + what + " here");
        }
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                Node merged = tuple.getValueNode();
                List<Node> sources = merged instanceof SequenceNode seq ? seq.getValue() : List.of(merged);
                for (Node source : sources) {
                    tuples.addAll(0, mapping(source, "a merged mapping"));
                }
            } else {
                tuples.add(tuple);
            }
        }
        return tuples;
    }

    private String key(NodeTuple tuple) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
            throw new Rejected(place(tuple.getKeyNode()), "the collector's loader cannot use a list or mapping as a key");
        }
        return key.getValue();
    }

    /** A typed String property: the scalar's text, null for a YAML null (the field is then not checked). */
    private Text text(Node node, Node owner) {
        if (node == null) {
            return new Text(null, place(owner));
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new Rejected(place(node), "the collector's loader needs a single value here, not a "
                    + (node instanceof SequenceNode ? "list" : "mapping"));
        }
        ScalarNode dropped = builtUntyped.get(scalar);
        if (dropped != null) {
            throw new Rejected(place(node), BUILT_UNTYPED + " '" + dropped.getValue() + "' (line " + place(dropped).line() + "), which"
                    + " it does not read, as a " + (scalar.getTag().equals(Tag.BOOL) ? "boolean" : scalar.getTag().equals(Tag.TIMESTAMP) ? "date"
                    : "number") + ": it keeps that"
                    + " object, a text field cannot take it, and the collector fails on the file (HTTP 500); quote the value where it is"
                    + " defined ('" + scalar.getValue() + "')");
        }
        return new Text(isNull(scalar) ? null : scalar.getValue(), place(node));
    }

    private <T> List<T> list(Node node, Function<Node, T> item) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof SequenceNode seq)) {
            throw new Rejected(place(node), notAList(node));
        }
        List<T> items = new ArrayList<>();
        for (Node child : seq.getValue()) {
            items.add(isNull(child) ? null : item.apply(child));
        }
        return items;
    }

    private static String notAList(Node node) {
        String given = node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : "a mapping";
        return "the collector's loader needs a list here, not " + given + ", and fails on the file (HTTP 500):"
                + " list the items, or leave the key out to check nothing";
    }

    private <T> T nullable(Node node, Function<Node, T> reader) {
        return node == null || isNull(node) ? null : reader.apply(node);
    }

    private List<String> strings(Node node) {
        return list(node, child -> text(child, child).value());
    }

    private Raw untypedList(Node node) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof SequenceNode)) {
            throw new Rejected(place(node), notAList(node));
        }
        Raw raw = raw(node);
        for (Object item : (List<?>) raw.value()) {
            Raw child = (Raw) item;
            if (child.value() != null && !(child.value() instanceof Map)) {
                throw new Rejected(child.place(), "the collector's loader needs a mapping for each item here");
            }
        }
        return raw;
    }

    /** An untyped node as SnakeYAML's default construction builds it, keeping places. */
    private Raw raw(Node node) {
        if (node instanceof SequenceNode seq) {
            List<Raw> items = new ArrayList<>();
            seq.getValue().forEach(child -> items.add(raw(child)));
            return new Raw(items, place(node));
        }
        if (node instanceof MappingNode) {
            Map<Object, Raw> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping(node, "an entry")) {
                entries.put(raw(tuple.getKeyNode()).value(), raw(tuple.getValueNode()));
            }
            return new Raw(entries, place(node));
        }
        try {
            return new Raw(scalars.value(node), place(node));
        } catch (YAMLException e) {
            throw new Rejected(place(node), "the collector's loader cannot construct this value: " + e.getMessage());
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** SnakeYAML's own construction of a scalar (int, bool, float, timestamp, string) in an untyped place. */
    private static final class ScalarValues extends SafeConstructor {
        ScalarValues() {
            super(new LoaderOptions());
        }

        Object value(Node node) {
            return constructObject(node);
        }
    }
}
