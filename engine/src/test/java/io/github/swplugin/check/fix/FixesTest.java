package io.github.swplugin.check.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.core.LicenseHeader;
import org.junit.jupiter.api.Test;

class FixesTest {
    private static final YamlLoader YAML = new YamlLoader(50, 100);

    @Test
    void headerGoesOnTopAndTheBodyStaysByteForByte() {
        String body = "import os\n\nprint(os.name)\n";
        String fixed = HeaderFix.apply("tool.py", body).orElseThrow();
        assertThat(fixed).endsWith("#\n\n" + body).startsWith("#\n# Licensed to the Apache Software Foundation (ASF) under one or more\n");
        assertThat(LicenseHeader.present(fixed)).isTrue();
    }

    @Test
    void headerKeepsShebangCodingLineCrlfAndBom() {
        String script = "\uFEFF#!/usr/bin/env python3\r\n# -*- coding: utf-8 -*-\r\nprint(1)\r\n";
        String fixed = HeaderFix.apply("run.py", script).orElseThrow();
        assertThat(fixed).startsWith("\uFEFF#!/usr/bin/env python3\r\n# -*- coding: utf-8 -*-\r\n#\r\n# Licensed").endsWith("#\r\n\r\nprint(1)\r\n")
                .doesNotContainPattern("[^\r]\n");
        assertThat(HeaderFix.apply("Main.java", "class A {}\n").orElseThrow()).startsWith("/*\n * Licensed").endsWith(" */\n\nclass A {}\n");
        assertThat(HeaderFix.apply("data.bin", "x")).isEmpty();
    }

    private static final String SEGMENT = """
            segmentItems:
              - serviceName: provider
                segments:
                  - segmentId: not null
                    spans:
                      - operationName: /root   # the entry
                        parentSpanId: -1
                        spanId: 0
                      - operationName: child-a
                        parentSpanId: 0
                        spanId: 1
                      - operationName: grandchild
                        parentSpanId: 1
                        spanId: 2
                      - operationName: child-b
                        parentSpanId: 0
                        spanId: 3
              - serviceName: consumer
            """;

    @Test
    void spansMoveIntoFinishOrderAndNothingElseChanges() {
        String fixed = SpanOrderFix.apply(SEGMENT, YAML).orElseThrow();
        assertThat(fixed.lines().filter(l -> l.contains("operationName")).map(String::strip))
                .containsExactly("- operationName: grandchild", "- operationName: child-a", "- operationName: child-b",
                        "- operationName: /root   # the entry");
        assertThat(fixed.lines().sorted().toList()).isEqualTo(SEGMENT.lines().sorted().toList());
        assertThat(SpanOrderFix.apply(fixed, YAML)).isEmpty();
    }

    @Test
    void theSpanOrderFixKeepsCrlfAndAMissingFinalLineBreak() {
        String crlf = "\uFEFF" + SEGMENT.replace("\n  - serviceName: consumer\n", "").replace("\n", "\r\n").stripTrailing();
        String fixed = SpanOrderFix.apply(crlf, YAML).orElseThrow();
        assertThat(fixed).startsWith("\uFEFF").doesNotContainPattern("[^\r]\n").doesNotEndWith("\n")
                .endsWith("spanId: 0");
        assertThat(fixed.length()).isEqualTo(crlf.length());
    }

    @Test
    void ambiguousTreesAreLeftAlone() {
        assertThat(SpanOrderFix.apply(SEGMENT.replace("spanId: 3", "spanId: 2"), YAML)).isEmpty();
        assertThat(SpanOrderFix.apply(SEGMENT.replace("parentSpanId: 0\n            spanId: 3", "parentSpanId: -1\n            spanId: 3"), YAML))
                .isEmpty();
        assertThat(SpanOrderFix.apply(SEGMENT.replace("spanId: 1", "spanId: not null"), YAML)).isEmpty();
        assertThat(SpanOrderFix.apply("spans: [\n", YAML)).isEmpty();
    }

    @Test
    void deadOperationIdLinesGoWhereTheyHaveALineOfTheirOwn() {
        String text = "spans:\n  - operationName: a\n    operationId: 0\n  - operationId: 0\n    spanId: 1\n";
        assertThat(DeadKeyFix.apply(text, YAML)).hasValue("spans:\n  - operationName: a\n  - operationId: 0\n    spanId: 1\n");
    }

    @Test
    void aRepairIsProvenAgainstTheOriginalBeforeItIsKept() {
        String reordered = SpanOrderFix.apply(SEGMENT, YAML).orElseThrow();
        assertThat(FixProof.preserves(SEGMENT, reordered, YAML, false)).isTrue();
        String noIds = "spans:\n  - operationName: a\n    operationId: 0\n    spanId: 1\n";
        assertThat(FixProof.preserves(noIds, DeadKeyFix.apply(noIds, YAML).orElseThrow(), YAML, true)).isTrue();
    }

    @Test
    void aRemovedLineThatHeldAnAnchorFailsTheProof() {
        String anchored = "spans:\n  - operationName: a\n    operationId: &zero 0\n    spanId: *zero\n";
        String removed = DeadKeyFix.apply(anchored, YAML).orElseThrow();
        assertThat(FixProof.preserves(anchored, removed, YAML, true)).isFalse();
    }

    @Test
    void aRemovedLineOfAFlowMappingThatHeldOtherKeysFailsTheProof() {
        String flow = "spans:\n  - {operationName: a,\n    operationId: 0, spanId: 1, parentSpanId: -1,\n    spanLayer: Http}\n";
        String removed = DeadKeyFix.apply(flow, YAML).orElseThrow();
        assertThat(removed).doesNotContain("spanId");  // what the line deletion did
        assertThat(FixProof.preserves(flow, removed, YAML, true)).isFalse();
    }

    @Test
    void aReorderThatPutsAnAliasBeforeItsAnchorFailsTheProof() {
        String aliased = SEGMENT.replace("operationName: /root   # the entry", "operationName: &root /root")
                .replace("operationName: child-b", "operationName: *root");
        String moved = SpanOrderFix.apply(aliased, YAML).orElse(aliased);
        assertThat(moved.indexOf("*root")).isLessThan(moved.indexOf("&root"));
        assertThat(FixProof.preserves(aliased, moved, YAML, false)).isFalse();
    }
}
