package io.github.swplugin.archetype;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The six kinds of plugin: where their test lives, the span layer they report, and the
 * instrumentation points a scaffold without a {@code target} starts from (client side first).
 */
public enum PluginType {
    WEB("web", "web", "Http", "App.handle"),
    HTTP("http", "http", "Http", "Client.request"),
    DATABASE("database", "data", "Database", "Client.execute"),
    CACHE("cache", "data", "Cache", "Client.set"),
    MQ("mq", "data", "MQ", "Producer.publish,Consumer.dispatch"),
    RPC("rpc", "web", "RPCFramework", "Client.call,Server.handle");

    private final String id;
    private final String category;
    private final String layer;
    private final String placeholderTargets;

    PluginType(String id, String category, String layer, String placeholderTargets) {
        this.id = id;
        this.category = category;
        this.layer = layer;
        this.placeholderTargets = placeholderTargets;
    }

    public static PluginType of(String value) {
        for (PluginType type : values()) {
            if (type.id.equals(value.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new ScaffoldException("pluginType '" + value + "' is not one of " + ids());
    }

    static String ids() {
        return Arrays.stream(values()).map(PluginType::id).collect(Collectors.joining(", "));
    }

    public String id() {
        return id;
    }

    /** The directory under tests/plugin/ that holds this kind's tests. */
    public String category() {
        return category;
    }

    /** The Layer enum member its spans report. */
    public String layer() {
        return layer;
    }

    /** Instrumentation points that MQ and RPC plugins need two of (client and server side). */
    public int targets() {
        return this == MQ || this == RPC ? 2 : 1;
    }

    /** Class.method guesses, relative to the library's module, for a scaffold without a target. */
    String placeholderTargets() {
        return placeholderTargets;
    }

    /** Whether the test needs a server of its own (database, cache, broker). */
    public boolean needsService() {
        return this == DATABASE || this == CACHE || this == MQ;
    }
}
