package io.github.swplugin.archetype;

import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The component ids SkyWalking shares between the agents for both sides of a protocol (kafka-producer 40 and
 * kafka-consumer 41): a message queue or RPC plugin for a protocol that has them reuses them.
 *
 * @param operationPrefix how the agent's plugins of the protocol start their operation names (Kafka, RabbitMQ)
 */
record SharedPair(String protocol, String operationPrefix, String clientName, int clientId, String serverName, int serverId) {
    private static final Properties TABLE = ResourceTable.load("shared-components.properties");

    /**
     * The pair of a message queue or RPC plugin: the protocol its test's server speaks, else the first protocol the
     * library's name contains (aiokafka, thriftpy2).
     */
    static Optional<SharedPair> of(PluginType type, String library, Service service) {
        if (type != PluginType.MQ && type != PluginType.RPC) {
            return Optional.empty();
        }
        if (service != null && TABLE.containsKey(service.name())) {
            return Optional.of(parse(service.name()));
        }
        String name = Preset.normalise(library);
        return new TreeSet<>(TABLE.stringPropertyNames()).stream().filter(name::contains).findFirst().map(SharedPair::parse);
    }

    private static SharedPair parse(String protocol) {
        String[] parts = TABLE.getProperty(protocol).split("\\|");
        String[] client = parts[1].trim().split(":");
        String[] server = parts[2].trim().split(":");
        return new SharedPair(protocol, parts[0].trim(), client[0], Integer.parseInt(client[1]), server[0], Integer.parseInt(server[1]));
    }
}
