package io.github.swplugin.check;

import static io.github.swplugin.check.Severity.ERROR;
import static io.github.swplugin.check.Severity.WARNING;
import static io.github.swplugin.collector.Agent.JAVA;
import static io.github.swplugin.collector.Agent.PYTHON;

import io.github.swplugin.collector.Agent;

/**
 * Every check the validator makes. The ids are stable: users grep for them, and reports
 * (SARIF, JUnit) key on them.
 */
public enum Rule {
    UNREADABLE_FILE("unreadable-file", ERROR, "File",
            "a file that cannot be read, is not UTF-8, or is larger than `swplugin.maxFileSize`"),

    YAML_SYNTAX("yaml-syntax", ERROR, "YAML",
            "invalid YAML, with the position of the problem"),
    DUPLICATE_KEY("duplicate-key", ERROR, "YAML",
            "a key repeated in one mapping (only one value is used)"),
    MULTILINE_SCALAR("multiline-scalar", ERROR, "YAML", PYTHON,
            "a value spread over several lines: the test client doubles newlines when it posts the file, "
            + "which changes the value"),

    UNKNOWN_KEY("unknown-key", ERROR, "Keys",
            "a key the collector never reads (silently ignored), with a did-you-mean suggestion: "
            + "`componentID`, `segmentItem`, `parentservice`"),
    DEAD_KEY("dead-key", WARNING, "Keys",
            "a key read but never compared: `operationId`, `componentName`, a literal `segmentId` (write "
            + "`not null`)"),
    STRUCTURE("structure", ERROR, "Keys",
            "a list where a mapping belongs (or the reverse), or a file with nothing to check"),

    EXPRESSION("expression", ERROR, "Values",
            "an operator written so that it is compared literally (`gt  0`, `not  null`), `gt`/`ge` with a "
            + "non-number or on a text field (HTTP 500), a non-number in a numeric field, a value the agent "
            + "never sends (`isError: 'no'`, `refType: CrossProces`: the agent sends true or false, "
            + "CrossProcess or CrossThread)"),
    UNSUPPORTED_OPERATOR("unsupported-operator", WARNING, "Values", PYTHON,
            "`start with` / `end with`: not operators in the pinned collector"),
    UNCHECKED_VALUE("unchecked-value", ERROR, "Values",
            "an unquoted `null`, `~` or empty value: the field is not checked at all (quote `'null'`)"),
    NON_STRING_VALUE("non-string-value", ERROR, "Values",
            "a tag or log value that is not a string (`value: 200`): HTTP 500"),
    EMPTY_REFS("empty-refs", ERROR, "Values",
            "`refs: []`, which can never pass"),
    REF_MISSING_KEY("ref-missing-key", ERROR, "Values",
            "a ref without one of `parentEndpoint`, `networkAddress`, `parentTraceSegmentId`, "
            + "`parentServiceInstance`, `parentService`, `traceId` (HTTP 500)"),
    MISSING_KEY("missing-key", ERROR, "Values",
            "a tag, a log event's pair or a log tag without `key`, a log without `body`: the collector reads them "
            + "unchecked and answers HTTP 500, whatever it received"),
    COLLECTOR_LOADER("collector-loader", ERROR, "Values",
            "a number, boolean or date defined under a key the collector's loader drops (`x-common: &common`) and merged or "
            + "aliased into a text field: its SnakeYAML keeps the object it built first and fails on the file (HTTP 500)"),
    BROKEN_PLACEHOLDER("broken-placeholder", ERROR, "Values",
            "the `${service[i]}` form, which never works in the collector"),

    SPAN_TYPE("span-type", ERROR, "Spans",
            "`spanType` other than `Entry`, `Exit`, `Local`"),
    SPAN_LAYER("span-layer", ERROR, "Spans",
            "`spanLayer` not in the agent's `Layer` enum"),
    DUPLICATE_SPAN_ID("duplicate-span-id", ERROR, "Spans",
            "two spans of a segment with one `spanId`"),
    MISSING_PARENT_SPAN("missing-parent-span", ERROR, "Spans",
            "a `parentSpanId` that names no span of the segment"),
    SEGMENT_ROOT("segment-root", ERROR, "Spans",
            "not exactly one root span (`parentSpanId: -1`) per segment, or a root whose `spanId` is not 0"),
    SPAN_TREE("span-tree", ERROR, "Spans",
            "a span that is its own parent, or spans that are each other's ancestors: no agent sends that, "
            + "so the segment can never match"),
    EMPTY_SPANS("empty-spans", ERROR, "Spans",
            "a segment whose `spans:` has no items (the collector fails on it, HTTP 500) or is `[]` (an "
            + "agent never sends a segment without spans)"),
    PLUGIN_SPAN("plugin-span", ERROR, "Spans", PYTHON,
            "a span whose layer or type the plugin that reports its component never sets, or a tag value other than the "
            + "literal it sets (`TagDbType('HBase')` against `value: Hbase`): read from `skywalking/plugins/sw_*.py` "
            + "(`Component.X`, `Layer.Y`, `new_exit_span`, `TagX('literal')` with its key from `skywalking/trace/tags.py`), "
            + "only where every such module names them itself, and not for Unknown or General"),
    COMPONENT_OWNER("component-owner", WARNING, "Spans", PYTHON,
            "a plugin test expecting a component that only plugins the test cannot exercise report (none of their libraries is "
            + "imported by the test's Python files), or no span of the test's own plugin: the spans were left from the test the "
            + "file was copied from; read from `Component.X` in `skywalking/plugins/sw_*.py`, not for Unknown or General"),
    UNKNOWN_COMPONENT_SPAN("unknown-component-span", ERROR, "Spans", PYTHON,
            "an Entry or Exit span of a plugin test expecting componentId 0 (Unknown), where every plugin module that opens such "
            + "spans names a component other than Unknown (`Component.X`, General too) and the test's Python files open none themselves: the agent "
            + "never sends 0 there"),
    SPAN_ID_GAP("span-id-gap", ERROR, "Spans", JAVA,
            "literal span ids of a segment that are not 0 to n-1: the Java agent numbers a segment's spans from 0 without a "
            + "gap, so the segment can never match"),
    SPAN_ORDER("span-order", ERROR, "Spans", PYTHON,
            "spans not in finish order: the agent reports every span before its parent and the root last "
            + "(siblings in the order they finish), and the collector compares by position"),
    PEER_PORT("peer-port", ERROR, "Spans", PYTHON,
            "a literal `peer` (`provider:9091`) naming a compose service of the test on a port that neither the scripts it runs "
            + "nor its command, environment and ports name: nothing listens there, so the call the span records fails; judged "
            + "for services whose every script the checkout has"),

    SCENARIO_SERVICE("scenario-service", ERROR, "Segments", JAVA,
            "a `serviceName` that names another scenario of the checkout: the expectation was copied from it, and the plugin "
            + "test runner names the service after its own scenario"),
    SEGMENT_SIZE_TOO_SMALL("segment-size-too-small", ERROR, "Segments",
            "a literal `segmentSize` below the number of listed segments: can never match"),
    SEGMENT_SIZE_TOO_LARGE("segment-size-too-large", WARNING, "Segments",
            "a literal `segmentSize` above it: some segments go unchecked"),

    REF_UNKNOWN_SERVICE("ref-unknown-service", ERROR, "Refs", PYTHON,
            "a CrossProcess ref whose `parentService` is not a service of the file"),
    REF_DUPLICATE("ref-duplicate", ERROR, "Refs", PYTHON,
            "two CrossProcess refs whose only possible parent is the same Exit span, outside the MQ layer: one call injects one "
            + "carrier and the Python agent receives it once, so only one of the two can ever match (a message may be consumed "
            + "twice; the Java agent's server plugins may each extract one request's carrier in their own thread)"),
    REF_EXIT_SPAN("ref-exit-span", ERROR, "Refs", PYTHON,
            "a CrossProcess ref that matches no Exit span of its parent service (`networkAddress` = its "
            + "`peer`, `parentEndpoint` = its `operationName` or, as older Python agents and the Java agent write it, the "
            + "endpoint of its segment's Entry span, `parentSpanId` = its `spanId`)"),
    REF_CROSS_THREAD("ref-cross-thread", ERROR, "Refs",
            "a CrossThread ref naming another service"),

    UNKNOWN_COMPONENT("unknown-component", ERROR, "Components",
            "a `componentId`, or a `Component.X` in a plugin module, that the checkout does not define: the Python agent's "
            + "`Component` enum, the Java agent's `ComponentsDefine.java`, or else `component-libraries.yml` when given"),
    DUPLICATE_COMPONENT("duplicate-component", ERROR, "Components", PYTHON,
            "an enum id used twice (Python silently makes the second name an alias) or a name defined twice"),
    REGISTRY_MISSING("registry-missing", ERROR, "Components",
            "an enum id outside [7000, 8000) (shared with other agents) missing from "
            + "`component-libraries.yml`"),
    REGISTRY_PENDING("registry-pending", WARNING, "Components", PYTHON,
            "a Python id (in [7000, 8000)) not registered yet"),
    REGISTRY_LANGUAGE("registry-language", WARNING, "Components", PYTHON,
            "a registry entry the enum uses that does not list Python"),
    REGISTRY_NAME("registry-name", WARNING, "Components", PYTHON,
            "the enum and the registry name one id differently (`Psycopg` / `Psychopg`)"),

    PLUGIN_ATTRIBUTE("plugin-attribute", ERROR, "Plugins", PYTHON,
            "a plugin module without `link_vector`, `support_matrix` or `note`, or with one of the wrong "
            + "shape; required only in checkouts whose plugins use these attributes (releases before v0.8.0 "
            + "have none)"),
    LINK_VECTOR("link-vector", ERROR, "Plugins", PYTHON,
            "`link_vector` not as long as the `support_matrix` has libraries (the docs generator pairs them "
            + "by position and drops rows)"),
    PYTHON_VERSION_KEY("python-version-key", ERROR, "Plugins", PYTHON,
            "a `support_matrix` key that is not an operator (`>`, `>=`, `==`, `<=`, `<`, `!=`) and a "
            + "version, or keys not ordered from the highest version down (the first match wins)"),
    TEST_LIB_NAME("test-lib-name", ERROR, "Plugins", PYTHON,
            "a test's `get_test_vector(lib_name=...)` that is not a key of its plugin's `support_matrix`"),
    COMPOSE_SERVICE("compose-service", ERROR, "Plugins", PYTHON,
            "a `serviceName` of `expected.data.yml` that is not an `SW_AGENT_NAME` of the test's "
            + "docker-compose file"),
    PLACEHOLDER("placeholder", WARNING, "Plugins", PYTHON,
            "a spot the archetype left for you, marked `TODO(swplugin)`: the message says what to fill in"),
    PYTHON_SYNTAX("python-syntax", ERROR, "Plugins", PYTHON,
            "a Python file that Python cannot import: a string (`'`, `\"`, `\"\"\"`) that is never closed"),
    PYTHON_UNPARSED("python-unparsed", WARNING, "Plugins", PYTHON,
            "a plugin attribute that is not a plain literal (built by code, an f-string): its checks were "
            + "skipped"),

    PLUGINS_DOC("plugins-doc", ERROR, "Plugins", PYTHON,
            "a committed `docs/en/setup/Plugins.md` that differs from what the plugin modules generate "
            + "(checked when every module could be read, and when the checkout's own `tools/plugin_doc_gen.py` "
            + "writes the same table: v0.8.0's wrote another); `mvn swplugin:plugins-doc` rewrites it"),

    COMPOSE_ENVIRONMENT("compose-environment", ERROR, "Compose",
            "an environment value that YAML reads as a boolean (`SW_X: true`): Compose accepts only strings, numbers and "
            + "null there and refuses the file; quote it"),
    COMPOSE_REFERENCE("compose-reference", ERROR, "Compose",
            "`depends_on`, or `extends` without a `file`, naming a service the compose file does not define, or `extends` of a "
            + "`file` that does not exist: Compose refuses the file"),
    COMPOSE_COMMAND("compose-command", ERROR, "Compose",
            "a script a service's `command` runs (`python3 /app/services/consumer.py`) that none of its volumes mounts (its own "
            + "or its base service's, when another service of the file mounts it), or that a volume maps to a file the checkout "
            + "does not have (judged where the checkout has the test's scripts): the container exits at once"),
    COMPOSE_DEPENDS("compose-depends", WARNING, "Compose", PYTHON,
            "a service whose script connects, as it starts (outside any function), to another service of the file "
            + "(`bootstrap_servers=['kafka-server:9092']`) that it does not depend on, directly or through its dependencies: "
            + "Compose may start it first"),
    PLUGIN_VARIABLE("plugin-variable", WARNING, "Compose", PYTHON,
            "a plugin test's compose file setting a variable only other plugins read (their setting's name holds theirs, and "
            + "the test imports none of their libraries): the setting changes nothing there; read from `config.X` in "
            + "`skywalking/plugins/sw_*.py`"),
    COMPOSE_HEALTHCHECK("compose-healthcheck", ERROR, "Compose", PYTHON,
            "a healthcheck probing a port of its own container (`/dev/tcp/127.0.0.1/9092`) that neither the scripts the service "
            + "runs nor its command, environment and ports name, while another service waits for it to be healthy: the check "
            + "never passes, and the waiting service never starts; judged for services whose every script the checkout has"),
    COMPOSE_LOCALHOST("compose-localhost", ERROR, "Compose",
            "an environment value addressing `localhost`/`127.0.0.1` with a port that only another service of the compose file "
            + "listens on: in a container that is the container itself, so the call reaches nothing; use the service's name"),
    AGENT_CONFIG("agent-config", ERROR, "Compose", PYTHON,
            "an `SW_` variable, in the environment of a compose service that runs the agent, that the checkout's agent never reads "
            + "(its `skywalking/` sources name no such variable): the setting is silently lost, with a did-you-mean "
            + "(`SW_AGENT_SERVICE_NAME` -> `SW_AGENT_NAME`)"),

    LICENSE_HEADER("license-header", ERROR, "License",
            "a text file without the Apache-2.0 header, in any of the wordings in use (compared after "
            + "removing comment markers, punctuation, case and line breaks; a shebang may come first)"),

    MISMATCH("mismatch", ERROR, "Runtime",
            "`verify` only: the expected data does not match what the collector received, judged as the "
            + "pinned collector judges it"),
    REJECTED("rejected", ERROR, "Runtime",
            "`verify` only: the collector fails on the expected data before it can compare it (HTTP 500 with "
            + "an empty answer): YAML it cannot read, a list where a value belongs, a tag value that is not a "
            + "string, a ref without a mandatory key, `spans:` with no items, `gt` on a non-number");

    private final String id;
    private final Severity severity;
    private final String group;
    private final String description;
    /** The one agent whose code, test client or pinned collector the rule is about, or null for every agent. */
    private final Agent only;

    Rule(String id, Severity severity, String group, String description) {
        this(id, severity, group, null, description);
    }

    Rule(String id, Severity severity, String group, Agent only, String description) {
        this.id = id;
        this.severity = severity;
        this.group = group;
        this.only = only;
        this.description = description;
    }

    /** Whether the rule is checked in a checkout of this agent's. */
    public boolean appliesTo(Agent agent) {
        return only == null || only == agent;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The family docs/rules.md and reports list the rule under. */
    public String group() {
        return group;
    }

    public String description() {
        return description;
    }
}
