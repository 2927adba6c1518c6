package io.github.swplugin.archetype;

import static io.github.swplugin.archetype.ScaffoldTest.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library without a preset: what swplugin derives for it is what the agent's own plugins would use (the module the
 * distribution installs, SkyWalking's shared ids of its protocol, the database as db.type), and it says what it
 * guessed, with the property that changes it, also in batch mode.
 */
class GuessesTest {
    @TempDir
    Path checkout;

    private String generate(String... pairs) {
        SampleCheckout.copyTo(checkout);
        return new Scaffold(PluginSpec.from(properties(pairs)), checkout).generate();
    }

    private String read(String path) throws IOException {
        return Files.readString(checkout.resolve(path));
    }

    @Test
    void theModuleIsWhatTheDistributionInstalls() {
        assertThat(PluginSpec.from(properties("library", "web.py", "pluginType", "web")).module()).isEqualTo("web");
        assertThat(PluginSpec.from(properties("library", "pyzmq", "pluginType", "mq", "service", "rabbitmq")).module()).isEqualTo("zmq");
        assertThat(PluginSpec.from(properties("library", "kafka-python", "pluginType", "mq", "service", "kafka")).module())
                .isEqualTo("kafka");
        assertThat(PluginSpec.from(properties("library", "clickhouse-driver", "pluginType", "database", "service", "clickhouse"))
                .module()).isEqualTo("clickhouse_driver");
        assertThat(PluginSpec.from(properties("library", "pyzmq", "pluginType", "mq", "service", "rabbitmq", "module", "zmq.green"))
                .module()).isEqualTo("zmq.green");
    }

    @Test
    void batchModeSaysWhatWasGuessedAndHowToChangeIt() {
        String said = generate("library", "web.py", "pluginType", "web");
        assertThat(said).contains("  guessed: pluginName web_py (the library's name in snake case; -DpluginName= to change)",
                "           module web (what web.py installs, from swplugin's table of import names; -Dmodule= to change)",
                "           componentName WebPy (the library's name in CamelCase; -DcomponentName= to change)",
                "           componentId 7020 (the next free Python id; -DcomponentId= to change)");
    }

    @Test
    void aModuleNamedAfterTheLibraryIsFlaggedForChecking() {
        assertThat(generate("library", "demo-lib", "pluginType", "http")).contains(
                "module demo_lib (the library's name in snake case: check that the library is imported by this name; -Dmodule= to change)");
    }

    @Test
    void aMessageQueueOfAKnownBrokerReusesSkyWalkingsPairOfIds() throws IOException {
        String said = generate("library", "kombu", "pluginType", "mq", "service", "rabbitmq");
        assertThat(said).contains("skywalking/__init__.py unchanged (Component.RabbitmqProducer = 52 and Component.RabbitmqConsumer = 53"
                + " reused)");
        String plugin = read("skywalking/plugins/sw_kombu.py");
        assertThat(plugin).contains("component=Component.RabbitmqProducer", "span.component = Component.RabbitmqConsumer",
                "op=f'RabbitMQ/Topic/{topic}/Producer'");
        String expected = read("tests/plugin/data/sw_kombu/expected.data.yml");
        assertThat(expected).contains("operationName: RabbitMQ/Topic/swplugin/Producer", "componentId: 52",
                "operationName: RabbitMQ/Topic/swplugin/Consumer", "componentId: 53");
    }

    @Test
    void anRpcOfAKnownProtocolGetsItsSharedIdsAddedToTheEnum() throws IOException {
        String said = generate("library", "thriftpy2", "pluginType", "rpc");
        assertThat(said).contains("skywalking/__init__.py (Component.ThriftClient = 101, SkyWalking's id for the protocol, shared by"
                + " every agent; Component.ThriftServer = 100, SkyWalking's id for the protocol, shared by every agent)");
        assertThat(read("skywalking/__init__.py")).contains("    ThriftClient = 101\n", "    ThriftServer = 100\n");
        assertThat(read("skywalking/plugins/sw_thriftpy2.py")).contains("component=Component.ThriftClient",
                "span.component = Component.ThriftServer");
    }

    @Test
    void aComponentAskedForIsKeptAndServesBothSides() throws IOException {
        generate("library", "kombu", "pluginType", "mq", "service", "rabbitmq", "componentName", "Kombu");
        String plugin = read("skywalking/plugins/sw_kombu.py");
        assertThat(plugin).contains("component=Component.Kombu", "span.component = Component.Kombu");
        assertThat(plugin).doesNotContain("Rabbitmq");
    }

    @Test
    void aDatabasePluginTagsTheDatabaseAsTheAgentsPluginsDo() throws IOException {
        String said = generate("library", "peewee", "pluginType", "database", "service", "mysql");
        assertThat(read("skywalking/plugins/sw_peewee.py")).contains("span.tag(TagDbType('mysql'))");
        assertThat(read("tests/plugin/data/sw_peewee/expected.data.yml")).contains("value: mysql");
        assertThat(said).contains("db.type mysql (the database mysql is, as the agent's plugins name it; -Dservice= to change)",
                "note: if peewee runs its queries through a driver the agent traces already");
    }
}
