package io.github.swplugin.check;

import static io.github.swplugin.check.Severity.ERROR;
import static io.github.swplugin.check.Severity.WARNING;

/**
 * Every check the validator makes. The ids are stable: users grep for them, and reports
 * (SARIF, JUnit) key on them.
 */
public enum Rule {
    UNREADABLE_FILE("unreadable-file", ERROR, "File", "A file that cannot be read, or is not valid UTF-8."),

    YAML_SYNTAX("yaml-syntax", ERROR, "YAML", "The file is not valid YAML."),
    DUPLICATE_KEY("duplicate-key", ERROR, "YAML", "A key appears twice in one mapping; only one of the values is used."),
    MULTILINE_SCALAR("multiline-scalar", ERROR, "YAML",
            "A value spread over several lines: the test client doubles every newline when it posts the file, so the value changes."),

    UNKNOWN_KEY("unknown-key", ERROR, "Keys", "A key the collector does not read: it is silently ignored, so it checks nothing."),
    DEAD_KEY("dead-key", WARNING, "Keys", "A key the collector reads but never compares (operationId, componentName, a literal segmentId)."),
    STRUCTURE("structure", ERROR, "Keys", "A list where a mapping belongs, a value where a list belongs, or an empty file."),

    EXPRESSION("expression", ERROR, "Values",
            "A value that looks like an operator but is compared literally, an operator the field cannot take, or a non-number in a numeric field."),
    UNSUPPORTED_OPERATOR("unsupported-operator", WARNING, "Values",
            "'start with' and 'end with' are not operators in the pinned collector: the value is compared literally."),
    UNCHECKED_VALUE("unchecked-value", ERROR, "Values", "An unquoted null, ~ or empty value: the collector then checks nothing."),
    NON_STRING_VALUE("non-string-value", ERROR, "Values", "A tag or log value that is not a string: the collector answers HTTP 500."),
    EMPTY_REFS("empty-refs", ERROR, "Values", "'refs: []' can never pass: leave refs out, or list the expected refs."),
    REF_MISSING_KEY("ref-missing-key", ERROR, "Values", "A ref lacks one of its six mandatory keys: the collector answers HTTP 500."),
    BROKEN_PLACEHOLDER("broken-placeholder", ERROR, "Values", "The ${service[i]} form never works in the collector."),

    SPAN_TYPE("span-type", ERROR, "Spans", "spanType is not Entry, Exit or Local."),
    SPAN_LAYER("span-layer", ERROR, "Spans", "spanLayer is not a member of the Layer enum."),
    DUPLICATE_SPAN_ID("duplicate-span-id", ERROR, "Spans", "Two spans of one segment share a spanId."),
    MISSING_PARENT_SPAN("missing-parent-span", ERROR, "Spans", "parentSpanId names no span of the segment."),
    SEGMENT_ROOT("segment-root", ERROR, "Spans", "A segment needs exactly one root span: parentSpanId -1 and spanId 0."),
    SPAN_TREE("span-tree", ERROR, "Spans",
            "A span that is its own parent, or spans that are each other's ancestors: no agent sends that, so it can never match."),
    EMPTY_SPANS("empty-spans", ERROR, "Spans",
            "A segment whose spans: has no items (the collector fails, HTTP 500) or is [] (an agent never sends a segment without spans)."),
    PLUGIN_SPAN("plugin-span", ERROR, "Spans",
            "A span whose layer or type the plugin that reports its component never sets (read from skywalking/plugins/sw_*.py)."),
    SPAN_ORDER("span-order", ERROR, "Spans",
            "Spans are compared by position in finish order: every span before its parent, the root last."),

    SEGMENT_SIZE_TOO_SMALL("segment-size-too-small", ERROR, "Segments",
            "segmentSize is smaller than the number of listed segments: it can never match."),
    SEGMENT_SIZE_TOO_LARGE("segment-size-too-large", WARNING, "Segments",
            "segmentSize is larger than the number of listed segments: some segments go unchecked."),

    REF_UNKNOWN_SERVICE("ref-unknown-service", ERROR, "Refs", "A CrossProcess ref names a parentService that is not in the file."),
    REF_EXIT_SPAN("ref-exit-span", ERROR, "Refs",
            "A CrossProcess ref matches no Exit span of its parent service (networkAddress = peer, parentEndpoint = operationName, parentSpanId = spanId)."),
    REF_CROSS_THREAD("ref-cross-thread", ERROR, "Refs", "A CrossThread ref names another service."),

    UNKNOWN_COMPONENT("unknown-component", ERROR, "Components", "A componentId or Component.X that the Component enum does not define."),
    DUPLICATE_COMPONENT("duplicate-component", ERROR, "Components",
            "The Component enum repeats an id (Python silently makes it an alias) or a name."),
    REGISTRY_MISSING("registry-missing", ERROR, "Components", "A shared component id (outside [7000, 8000)) is missing from component-libraries.yml."),
    REGISTRY_PENDING("registry-pending", WARNING, "Components",
            "A Python component id (in [7000, 8000)) is not registered in component-libraries.yml yet."),
    REGISTRY_LANGUAGE("registry-language", WARNING, "Components", "The registry entry of a component used by Python does not list Python."),
    REGISTRY_NAME("registry-name", WARNING, "Components", "The enum and the registry name one id differently."),

    PLUGIN_ATTRIBUTE("plugin-attribute", ERROR, "Plugins", "A plugin module lacks link_vector, support_matrix or note."),
    LINK_VECTOR("link-vector", ERROR, "Plugins",
            "link_vector is not as long as support_matrix has libraries: the docs generator pairs them by position."),
    PYTHON_VERSION_KEY("python-version-key", ERROR, "Plugins",
            "A support_matrix Python-version key is malformed, or the keys are not ordered from the highest version down."),
    TEST_LIB_NAME("test-lib-name", ERROR, "Plugins", "A test's lib_name is not a key of its plugin's support_matrix."),
    COMPOSE_SERVICE("compose-service", ERROR, "Plugins", "An expected service is not an SW_AGENT_NAME of the test's docker-compose.yml."),
    PLACEHOLDER("placeholder", WARNING, "Plugins", "A spot the swplugin archetype left to fill in, marked TODO(swplugin)."),
    PYTHON_SYNTAX("python-syntax", ERROR, "Plugins", "Python source that Python cannot import: a string that is never closed."),
    PYTHON_UNPARSED("python-unparsed", WARNING, "Plugins", "Python source the validator could not read as literals: some checks were skipped."),

    PLUGINS_DOC("plugins-doc", ERROR, "Plugins",
            "docs/en/setup/Plugins.md differs from what the plugin modules generate: run mvn swplugin:plugins-doc."),

    LICENSE_HEADER("license-header", ERROR, "License", "A text file without the Apache-2.0 license header."),

    MISMATCH("mismatch", ERROR, "Runtime",
            "swplugin:verify: the expected data does not match what the collector received, judged as the pinned collector judges it."),
    REJECTED("rejected", ERROR, "Runtime",
            "swplugin:verify: the collector fails on the expected data before it can compare it (HTTP 500 with an empty answer).");

    private final String id;
    private final Severity severity;
    private final String group;
    private final String description;

    Rule(String id, Severity severity, String group, String description) {
        this.id = id;
        this.severity = severity;
        this.group = group;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The family the README and reports list the rule under. */
    public String group() {
        return group;
    }

    public String description() {
        return description;
    }
}
