package io.github.swplugin.check;

import static io.github.swplugin.check.FixtureCheckout.COMPOSE;
import static io.github.swplugin.check.FixtureCheckout.CONSUMER_COMMAND;
import static io.github.swplugin.check.FixtureCheckout.DOC;
import static io.github.swplugin.check.FixtureCheckout.EXPECTED;
import static io.github.swplugin.check.FixtureCheckout.INIT;
import static io.github.swplugin.check.FixtureCheckout.PLUGIN;
import static io.github.swplugin.check.FixtureCheckout.REGISTRY;
import static io.github.swplugin.check.FixtureCheckout.TEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.swplugin.check.run.ResultCacheTest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, shown failing and passing on the fixture checkout: a small edit that breaks the rule
 * (the finding must be on the edited line), and a near miss that is fine.
 */
class RuleCasesTest {
    static final String PROVIDER = "tests/plugin/data/sw_demo/services/provider.py";
    static final String JAVA_EXPECTED = "test/plugin/scenarios/demo-scenario/config/expectedData.yaml";

    /**
     * @param file the file to edit
     * @param from text that must be in it
     * @param bad what makes the rule fail
     * @param good a near miss that passes
     * @param at the text whose line the finding must point at (in the bad file)
     * @param registry whether the checkout is checked against its component-libraries.yml
     */
    record Case(Rule rule, String file, String from, String bad, String good, String at, boolean registry, String fixture) {
        Case(Rule rule, String file, String from, String bad, String good, String at) {
            this(rule, file, from, bad, good, at, false, "/checkout");
        }

        /** A case of the skywalking-java fixture's demo scenario. */
        static Case ofJava(Rule rule, String from, String bad, String good, String at) {
            return new Case(rule, JAVA_EXPECTED, from, bad, good, at, false, "/java-checkout");
        }

        FixtureCheckout copy(Path dir) {
            return FixtureCheckout.copyTo(dir, fixture);
        }

        /** A case of the registry file, checked against the enum: the findings are on the enum's lines. */
        static Case ofRegistry(Rule rule, String from, String bad, String good, String member) {
            return new Case(rule, REGISTRY, from, bad, good, member, true, "/checkout");
        }

        ValidatorOptions options(FixtureCheckout checkout) {
            ValidatorOptions defaults = ValidatorOptions.defaults(checkout.root());
            return registry ? defaults.withComponentLibraries(Path.of(REGISTRY)) : defaults;
        }

        /** Where the finding is reported: most rules report on the edited file. */
        String reportedFile() {
            return switch (rule) {
                case COMPOSE_SERVICE -> EXPECTED;
                case COMPONENT_OWNER, PLUGIN_SPAN -> EXPECTED;
                case PLUGIN_VARIABLE -> COMPOSE;
                case PLUGINS_DOC -> DOC;
                default -> registry ? INIT : file;
            };
        }

        @Override
        public String toString() {
            return rule.id() + ": '" + from.strip() + "' -> '" + bad.strip() + "'";
        }
    }

    /** The provider's Entry span given a second ref after its first, of this type and parent service. */
    private static String secondRef(String type, String parentService) {
        return "                traceId: not null\n              - networkAddress: 'provider:9091'\n                parentEndpoint: /users\n"
                + "                refType: " + type + "\n                parentSpanId: 1\n                parentTraceSegmentId: not null\n"
                + "                parentServiceInstance: not null\n                parentService: " + parentService + "\n"
                + "                traceId: not null\n  - serviceName: consumer";
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(Rule.YAML_SYNTAX, EXPECTED, "peer: demo:4000", "peer: demo: 4000", "peer: 'demo: 4000'", "peer: demo: 4000"),
                new Case(Rule.DUPLICATE_KEY, EXPECTED, "spanId: 2\n", "spanId: 2\n            spanId: 3\n",
                        "spanId: 2\n            isError: false\n", "spanId: 3"),
                new Case(Rule.MULTILINE_SCALAR, EXPECTED, "value: Demo", "value: Demo\n                  cache", "value: Demo  # the cache",
                        "value: Demo"),
                new Case(Rule.UNKNOWN_KEY, EXPECTED, "componentId: 7002", "componentID: 7002", "componentId: 7002  # Requests", "componentID"),
                new Case(Rule.DEAD_KEY, EXPECTED, "operationName: Demo/get", "operationName: Demo/get\n            operationId: 0",
                        "operationName: Demo/get\n            isError: false", "operationId"),
                new Case(Rule.STRUCTURE, EXPECTED, "peer: demo:4000", "peer: [demo, 4000]", "peer: '[demo, 4000]'", "peer: [demo"),
                new Case(Rule.EXPRESSION, EXPECTED, "startTime: gt 0", "startTime: gt  0", "startTime: ge 0", "startTime: gt  0"),
                new Case(Rule.UNSUPPORTED_OPERATOR, EXPECTED, "peer: demo:4000", "peer: start with demo", "peer: not blank",
                        "peer: start"),
                new Case(Rule.UNCHECKED_VALUE, EXPECTED, "peer: demo:4000", "peer: ~", "peer: 'null'", "peer: ~"),
                new Case(Rule.NON_STRING_VALUE, EXPECTED, "value: '200'", "value: 200", "value: \"200\"", "value: 200"),
                new Case(Rule.REF_DUPLICATE, EXPECTED, "                traceId: not null\n  - serviceName: consumer",
                        secondRef("CrossProcess", "consumer"), secondRef("CrossThread", "provider"), "networkAddress: 'provider:9091'"),
                new Case(Rule.EMPTY_REFS, EXPECTED, "componentId: 7002\n", "componentId: 7002\n            refs: []\n",
                        "componentId: 7002\n            tags: []\n", "refs: []"),
                new Case(Rule.REF_MISSING_KEY, EXPECTED, "                traceId: not null\n", "", "                traceId: not blank\n",
                        "- parentEndpoint"),
                new Case(Rule.MISSING_KEY, EXPECTED, "              - key: cache.type\n                value: Demo\n",
                        "              - value: Demo\n", "              - key: cache.type\n                value: not null\n",
                        "- value: Demo"),
                new Case(Rule.COLLECTOR_LOADER, EXPECTED, "operationName: Demo/get\n            parentSpanId: 0\n",
                        "operationName: Demo/get\n            x-zero: &zero 0\n            parentSpanId: *zero\n",
                        "operationName: Demo/get\n            x-zero: &zero '0'\n            parentSpanId: *zero\n", "x-zero"),
                new Case(Rule.BROKEN_PLACEHOLDER, EXPECTED, "parentTraceSegmentId: not null", "parentTraceSegmentId: ${consumer[0]}",
                        "parentTraceSegmentId: not blank", "parentTraceSegmentId: $"),
                new Case(Rule.SPAN_TYPE, EXPECTED, "spanType: Exit", "spanType: exit", "spanType: Exit  # the client side", "spanType: exit"),
                new Case(Rule.SPAN_LAYER, EXPECTED, "spanLayer: Cache", "spanLayer: Redis", "spanLayer: Unknown", "spanLayer: Redis"),
                new Case(Rule.DUPLICATE_SPAN_ID, EXPECTED, "spanId: 2", "spanId: 1 ", "spanId: 3", "spanId: 1 "),
                new Case(Rule.MISSING_PARENT_SPAN, EXPECTED, "parentSpanId: 0\n            spanId: 2",
                        "parentSpanId: 5\n            spanId: 2", "parentSpanId: 0  # the entry span\n            spanId: 2", "parentSpanId: 5"),
                new Case(Rule.SEGMENT_ROOT, EXPECTED, "parentSpanId: -1\n            spanId: 0",
                        "parentSpanId: -1\n            spanId: 3", "parentSpanId: -1\n            spanId: 0 ", "spanId: 3"),
                new Case(Rule.SPAN_TREE, EXPECTED, "parentSpanId: 0\n            spanId: 2", "parentSpanId: 2\n            spanId: 2",
                        "parentSpanId: 0 \n            spanId: 2", "parentSpanId: 2"),
                new Case(Rule.EMPTY_SPANS, EXPECTED, "      - segmentId: not null\n        spans:\n",
                        "      - segmentId: not null\n        spans: []\n      - segmentId: not null\n        spans:\n",
                        "      - segmentId: not null  # the only one\n        spans:\n", "spans: []"),
                new Case(Rule.EMPTY_SPANS, EXPECTED, "      - segmentId: not null\n        spans:\n",
                        "      - segmentId: not null\n        spanz:\n", "      - segmentId: not null  # the only one\n        spans:\n",
                        "segmentId: not null"),
                new Case(Rule.EXPRESSION, EXPECTED, "spanType: Exit", "spanType: Exit\n            isError: 'no'",
                        "spanType: Exit\n            isError: false", "isError: 'no'"),
                new Case(Rule.PLUGIN_SPAN, EXPECTED, "spanLayer: Cache", "spanLayer: Database", "spanLayer: Unknown", "spanLayer: Database"),
                new Case(Rule.UNKNOWN_COMPONENT_SPAN, EXPECTED, "componentId: 7002", "componentId: 0", "componentId: not null", "componentId: 0"),
                new Case(Rule.PEER_PORT, EXPECTED, "peer: provider:9091", "peer: provider:9092", "peer: 'provider:9091'", "provider:9092"),
                new Case(Rule.PLUGIN_SPAN, EXPECTED, "            tags:\n              - key: cache.type\n                value: Demo\n",
                        "            tags:\n", "            tags:\n              - key: cache.type  # the library\n                value: Demo\n",
                        "            tags:\n          - operationName: Demo/set"),
                new Case(Rule.PLUGIN_SPAN, EXPECTED, "value: Demo", "value: demo", "value: not null", "value: demo"),
                new Case(Rule.PLUGIN_SPAN, PLUGIN, "TagCacheType('Demo')", "TagCacheType('demo')", "TagCacheType( 'Demo' )", "value: Demo"),
                new Case(Rule.SEGMENT_ROOT, EXPECTED, "parentSpanId: -1\n            spanId: 0",
                        "parentSpanId: -1\n            spanId: nq 0", "parentSpanId: -1\n            spanId: ge 0", "spanId: nq 0"),
                new Case(Rule.EXPRESSION, EXPECTED, "parentTraceSegmentId: not null", "parentTraceSegmentId: not null,",
                        "parentTraceSegmentId: not blank", "parentTraceSegmentId: not null,"),
                Case.ofJava(Rule.UNKNOWN_COMPONENT, "componentId: 1\n", "componentId: 3\n", "componentId: 2\n", "componentId: 3"),
                Case.ofJava(Rule.SPAN_ID_GAP, "parentSpanId: 0\n      spanId: 1", "parentSpanId: 0\n      spanId: 2",
                        "parentSpanId: 0\n      spanId: 1 ", "spanId: 2"),
                Case.ofJava(Rule.SCENARIO_SERVICE, "- serviceName: demo-scenario\n  segmentSize: ge 2",
                        "- serviceName: other-scenario\n  segmentSize: ge 2", "- serviceName: demo-scenario  # its own\n  segmentSize: ge 2",
                        "serviceName: other-scenario"),
                new Case(Rule.SPAN_ORDER, EXPECTED, "parentSpanId: 0\n            spanId: 2",
                        "parentSpanId: 1\n            spanId: 2", "parentSpanId: 0\n            spanId: 2 ", "spanId: 2"),
                new Case(Rule.SEGMENT_SIZE_TOO_SMALL, EXPECTED, "segmentSize: 1", "segmentSize: 0", "segmentSize: gt 0", "segmentSize: 0"),
                new Case(Rule.SEGMENT_SIZE_TOO_LARGE, EXPECTED, "segmentSize: 1", "segmentSize: 2", "segmentSize: ge 1", "segmentSize: 2"),
                new Case(Rule.REF_UNKNOWN_SERVICE, EXPECTED, "parentService: consumer", "parentService: gateway",
                        "parentService: not null", "parentService: gateway"),
                new Case(Rule.REF_EXIT_SPAN, EXPECTED, "networkAddress: provider:9091", "networkAddress: provider:9092",
                        "networkAddress: not null", "- parentEndpoint"),
                new Case(Rule.REF_CROSS_THREAD, EXPECTED, "refType: CrossProcess", "refType: CrossThread", "refType: not null",
                        "parentService: consumer"),
                new Case(Rule.UNKNOWN_COMPONENT, EXPECTED, "componentId: 7020", "componentId: 7021", "componentId: 7", "componentId: 7021"),
                new Case(Rule.UNKNOWN_COMPONENT, PLUGIN, "component=Component.DemoLib", "component=Component.Demolib",
                        "component=Component.DemoLib ", "component=Component.Demolib"),
                new Case(Rule.PLUGIN_VARIABLE, PROVIDER, "from flask import Flask", "from sanic import Sanic",
                        "from flask import Flask  # the provider", "SW_PLUGIN_FLASK_COLLECT_HTTP_PARAMS"),
                new Case(Rule.COMPONENT_OWNER, PLUGIN, "component=Component.DemoLib", "component=Component.Redis",
                        "component=Component.DemoLib ", "componentId: 7020"),
                new Case(Rule.DUPLICATE_COMPONENT, INIT, "    DemoLib = 7020", "    DemoLib = 7020\n    Memcache = 7",
                        "    DemoLib = 7020\n    Memcache = 20", "Memcache"),
                new Case(Rule.PLUGIN_ATTRIBUTE, PLUGIN, "note = \"\"\"\"\"\"\n", "", "note = ''\n", "#"),
                new Case(Rule.LINK_VECTOR, PLUGIN, "link_vector = ['https://demo-lib.example/docs']",
                        "link_vector = ['https://demo-lib.example/docs', 'https://demo-lib.example/api']",
                        "link_vector = [\n    'https://demo-lib.example/docs',  # the user guide\n]", "link_vector"),
                new Case(Rule.PYTHON_VERSION_KEY, PLUGIN, "'>=3.7': ['0.9']", "'>=3.11': ['0.9']", "\">=3.7\" : ['0.9']", "'>=3.11'"),
                new Case(Rule.TEST_LIB_NAME, TEST, "lib_name='demo-lib'", "lib_name='demo_lib'", "lib_name=\"demo-lib\"", "lib_name"),
                new Case(Rule.DUPLICATE_KEY, COMPOSE, "  consumer:\n", "  provider:\n", "  client:\n", "  provider:\n    image: agent\n    volumes:\n      - .:/app\n    command: ['bash', '-c', 'sw-python run python3 /app/services/consumer"),
                new Case(Rule.STRUCTURE, COMPOSE, "  consumer:\n", "  '':\n", "  'consumer':\n", "  '':"),
                new Case(Rule.COMPOSE_SERVICE, COMPOSE, "SW_AGENT_NAME=consumer", "SW_AGENT_NAME=client", "SW_AGENT_NAME=consumer ",
                        "#"),
                new Case(Rule.COMPOSE_ENVIRONMENT, COMPOSE, "      SW_AGENT_NAME: provider\n",
                        "      SW_AGENT_NAME: provider\n      SW_AGENT_LOGGING_LEVEL: true\n",
                        "      SW_AGENT_NAME: provider\n      SW_AGENT_LOGGING_LEVEL: 'true'\n", "SW_AGENT_LOGGING_LEVEL: true"),
                new Case(Rule.COMPOSE_REFERENCE, COMPOSE, "      provider:\n        condition", "      collector:\n        condition",
                        "      provider:  # the called\n        condition", "collector:"),
                new Case(Rule.COMPOSE_COMMAND, COMPOSE, "/app/services/consumer.py", "/app/consumer.py", "/app/services/consumer.py ",
                        "/app/consumer.py"),
                new Case(Rule.COMPOSE_COMMAND, COMPOSE, "    volumes:\n      - .:/app\n" + CONSUMER_COMMAND, CONSUMER_COMMAND,
                        "    volumes:\n      - ./services:/app/services\n" + CONSUMER_COMMAND, "/app/services/consumer.py"),
                new Case(Rule.COMPOSE_DEPENDS, COMPOSE, "    depends_on:\n      provider:\n        condition: service_healthy\n", "",
                        "    depends_on:\n      - provider\n", "/app/services/consumer.py"),
                new Case(Rule.COMPOSE_HEALTHCHECK, COMPOSE, "/dev/tcp/127.0.0.1/9091", "/dev/tcp/127.0.0.1/9092", "/dev/tcp/localhost/9091",
                        "/dev/tcp/127.0.0.1/9092"),
                new Case(Rule.COMPOSE_REFERENCE, COMPOSE, "  consumer:\n    image: agent\n",
                        "  consumer:\n    extends:\n      service: agent\n", "  consumer:\n    extends:\n      service: provider\n",
                        "service: agent"),
                new Case(Rule.COMPOSE_LOCALHOST, COMPOSE, "      SW_AGENT_NAME: provider\n",
                        "      SW_AGENT_NAME: provider\n      CACHE_URL: 'http://127.0.0.1:11211'\n  cache:\n    image: memcached\n"
                                + "    ports:\n      - 11211:11211\n",
                        "      SW_AGENT_NAME: provider\n      CACHE_URL: 'http://cache:11211'\n  cache:\n    image: memcached\n"
                                + "    ports:\n      - 11211:11211\n", "CACHE_URL"),
                new Case(Rule.AGENT_CONFIG, COMPOSE, "      SW_AGENT_NAME: provider\n",
                        "      SW_AGENT_NAME: provider\n      SW_AGENT_SERVICE_NAME: provider\n",
                        "      SW_AGENT_NAME: provider\n      SW_KAFKA_REPORTER_CONFIG_acks: all\n", "SW_AGENT_SERVICE_NAME"),
                new Case(Rule.PLACEHOLDER, PLUGIN, "    from demo_lib import Client\n",
                        "    from demo_lib import Client  # TODO(swplugin): the class to instrument\n",
                        "    from demo_lib import Client  # TODO: the class to instrument\n", "TODO(swplugin)"),
                new Case(Rule.PLUGINS_DOC, PLUGIN, "'>=3.7': ['0.9'],  # the last release for 3.7", "'>=3.7': ['0.9', '0.10'],",
                        "'>=3.7': ['0.9'],  # the final release for 3.7", "| [demo-lib]"),
                new Case(Rule.PYTHON_SYNTAX, INIT, "class Component(Enum):\n", "class Component(Enum):\n    \"\"\"The ids.\n",
                        "class Component(Enum):\n    \"\"\"The ids.\"\"\"\n", "    \"\"\"The ids."),
                new Case(Rule.PYTHON_UNPARSED, PLUGIN, "note = \"\"\"\"\"\"", "note = make_note()", "note = ('' '')", "note = make"),
                new Case(Rule.LICENSE_HEADER, TEST, "#\n# Licensed to the Apache", "# Licenced to the Apache",
                        "#!/usr/bin/env python3\n#\n# Licensed to the Apache", "#"),
                Case.ofRegistry(Rule.REGISTRY_MISSING, "Redis:\n  id: 7\n", "Redis:\n  id: 77\n", "Redis:\n  id: '7'\n", "    Redis = 7"),
                Case.ofRegistry(Rule.REGISTRY_PENDING, "DemoLib:\n  id: 7020\n", "DemoLib:\n  id: 7021\n", "DemoLib:  # the fixture's\n  id: 7020\n",
                        "    DemoLib = 7020"),
                Case.ofRegistry(Rule.REGISTRY_LANGUAGE, "languages: Java,Python", "languages: Java", "languages: Java, Python", "    Redis = 7"),
                Case.ofRegistry(Rule.REGISTRY_NAME, "Flask:\n  id: 7001", "FlaskApp:\n  id: 7001", "flask:\n  id: 7001", "    Flask = 7001"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badEditIsReportedOnItsLine(Case c, @TempDir Path dir) {
        FixtureCheckout checkout = c.copy(dir).replace(c.file(), c.from(), c.bad());
        List<Finding> findings = checkout.validate(c.options(checkout));
        String reportedFile = c.reportedFile();
        int line = c.rule() == Rule.COMPOSE_SERVICE ? checkout.lineOf(EXPECTED, "serviceName: consumer")
                : c.at().equals("#") ? 1 : checkout.lineOf(reportedFile, c.at());
        List<Finding> ofRule = findings.stream().filter(f -> f.rule() == c.rule()).toList();
        assertTrue(ofRule.stream().anyMatch(f -> f.path().equals(reportedFile) && f.line() == line),
                () -> "expected [" + c.rule().id() + "] at " + reportedFile + ":" + line + " but got " + findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCacheGivesTheSameFindingsAsAFreshRun(Case c, @TempDir Path dir) {
        FixtureCheckout checkout = c.copy(dir).replace(c.file(), c.from(), c.bad());
        Path cacheFile = dir.resolve("target/swplugin/validate.cache");
        ValidatorOptions cached = c.options(checkout).withCacheFile(cacheFile);
        List<Finding> fresh = checkout.validate(c.options(checkout));
        assertEquals(fresh, checkout.validate(cached), "the run that fills the cache");
        assertEquals(fresh, checkout.validate(cached), "the run that reads it");
        ResultCacheTest.trustStamps(cacheFile);
        assertEquals(fresh, checkout.validate(cached), "the run that takes the checkout as unchanged");
        // undo the edit: the cache must not hold on to the finding
        checkout.replace(c.file(), c.bad(), c.from());
        assertEquals(checkout.validate(c.options(checkout)), checkout.validate(cached), "after the file changed back");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nearMissPasses(Case c, @TempDir Path dir) {
        FixtureCheckout checkout = c.copy(dir).replace(c.file(), c.from(), c.good());
        List<Finding> findings = checkout.validate(c.options(checkout));
        assertEquals(List.of(), findings, "a near miss of " + c.rule().id() + " must be clean");
    }

    /** Older Python agents (and the Java agent) name the caller's segment endpoint in parentEndpoint, not its Exit span. */
    @Test
    void aRefMayNameTheEndpointOfTheCallersSegment(@TempDir Path dir) {
        String entry = "          - operationName: /users\n            parentSpanId: -1";
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(EXPECTED, "              - parentEndpoint: /users",
                "              - parentEndpoint: /consume");
        String text = checkout.read(EXPECTED);
        int consumer = text.indexOf("serviceName: consumer");
        checkout.write(EXPECTED, text.substring(0, consumer) + text.substring(consumer).replace(entry,
                "          - operationName: /consume\n            parentSpanId: -1"));
        assertEquals(List.of(), checkout.validate());
        checkout.replace(EXPECTED, "parentEndpoint: /consume", "parentEndpoint: /elsewhere");
        assertTrue(checkout.validate().stream().anyMatch(f -> f.rule() == Rule.REF_EXIT_SPAN));
    }

    /** The collector before 5acb890 still compared operationId: a checkout that pins it gets no dead-key for it. */
    @Test
    void operationIdIsDeadOnlyWhereThePinnedCollectorIgnoresIt(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(EXPECTED, "operationName: Demo/get",
                "operationName: Demo/get\n            operationId: 0");
        String header = checkout.read(COMPOSE).substring(0, checkout.read(COMPOSE).indexOf("version:"));
        checkout.write("tests/plugin/docker/Dockerfile.tool", header + "FROM openjdk:8\n"
                + "ARG COMMIT_HASH=3c9d7099f05dc4a4b937c8a47506e56c130b6221\n");
        assertEquals(List.of(), checkout.validate());
        checkout.write("tests/plugin/docker/Dockerfile.tool", header + "FROM openjdk:8\nARG COMMIT_HASH=7f20775e0631356c4823d9372b09d653db0e6540\n");
        assertTrue(checkout.validate().stream().anyMatch(f -> f.rule() == Rule.DEAD_KEY));
    }

    @Test
    void fixtureIsClean(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        assertEquals(List.of(), checkout.validate());
        assertEquals(List.of(), checkout.validate(ValidatorOptions.defaults(dir).withComponentLibraries(Path.of(REGISTRY))));
    }

    /**
     * Every rule about text has a case here. The rules about bytes (group File) and about received data (group
     * Runtime) cannot be shown by a text edit of the checkout: FileProblemsTest and CollectorAssertTest each
     * show every rule of their group, and say so in a test of their own.
     */
    @Test
    void everyRuleAboutTextHasACase() {
        Set<Rule> covered = cases().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        List<Rule> missing = Arrays.stream(Rule.values()).filter(r -> !BYTES_AND_RUNTIME.contains(r.group()))
                .filter(r -> !covered.contains(r)).toList();
        assertEquals(List.of(), missing, "rules without a failing and a passing case");
    }

    static final Set<String> BYTES_AND_RUNTIME = Set.of("File", "Runtime");
}
