package io.github.swplugin.archetype;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server a plugin test starts beside the collector: a known name from {@code services.properties},
 * or {@code image:tag:port}. Tests reach it as {@code name:port}.
 */
public record Service(String name, String image, int port, String healthcheck, Map<String, String> environment, String command) {
    private static final Pattern CUSTOM = Pattern.compile("([a-z0-9][a-z0-9._/-]*):([A-Za-z0-9._-]+):(\\d{1,5})");
    private static final Properties CATALOG = ResourceTable.load("services.properties");
    /** Docker's image name grammar: lower-case parts joined by '.', '_' or '-', separated by '/'. */
    private static final Pattern IMAGE = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*");
    /** The services every generated test defines already: a server of the same name would replace one. */
    private static final List<String> TEST_SERVICES = List.of("collector", "agent", "provider", "consumer", "producer");

    /** The service a test needs, or null for {@code none}. */
    public static Service of(String value) {
        String trimmed = value.trim();
        if (trimmed.equals("none")) {
            return null;
        }
        if (CATALOG.containsKey(trimmed + ".image")) {
            return known(trimmed);
        }
        Matcher custom = CUSTOM.matcher(trimmed);
        if (custom.matches()) {
            int port = Integer.parseInt(custom.group(3));
            if (port < 1 || port > 65535) {
                throw new ScaffoldException("service port " + port + " is not between 1 and 65535");
            }
            String image = custom.group(1);
            String name = image.substring(image.lastIndexOf('/') + 1).replaceAll("[^a-z0-9-]", "-");
            if (!IMAGE.matcher(image).matches() || !name.matches("[a-z0-9].*")) {
                throw new ScaffoldException("service image '" + image + "' is not an image name such as clickhouse/clickhouse-server"
                        + " (its last part becomes the compose service and host name)");
            }
            if (TEST_SERVICES.contains(name)) {
                throw new ScaffoldException("service image '" + image + "' would be the compose service '" + name + "', which the"
                        + " test's docker-compose.yml already has (" + String.join(", ", TEST_SERVICES) + "): use another image name");
            }
            return new Service(name, image + ":" + custom.group(2), port,
                    "[\"CMD\", \"bash\", \"-c\", \"cat < /dev/null > /dev/tcp/127.0.0.1/" + port + "\"]", Map.of(), null);
        }
        throw new ScaffoldException("service '" + value + "' is not 'none', a known service (" + String.join(", ", knownNames())
                + ") or image:tag:port such as clickhouse/clickhouse-server:24.3:9000");
    }

    public static List<String> knownNames() {
        List<String> names = new ArrayList<>();
        for (String key : new TreeSet<>(CATALOG.stringPropertyNames())) {
            if (key.endsWith(".image")) {
                names.add(key.substring(0, key.length() - ".image".length()));
            }
        }
        return names;
    }

    /** The db.type a database plugin tags its spans with for this server, as the agent's plugins do (mysql, PostgreSQL). */
    public Optional<String> dbType() {
        return Optional.ofNullable(CATALOG.getProperty(name + ".dbType"));
    }

    /** host:port as the plugin reports it for spans that reach this service. */
    public String peer() {
        return name + ":" + port;
    }

    private static Service known(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        String listed = CATALOG.getProperty(name + ".environment", "");
        for (String pair : listed.split(",")) {
            if (pair.contains("=")) {
                environment.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
            }
        }
        return new Service(name, CATALOG.getProperty(name + ".image"), Integer.parseInt(CATALOG.getProperty(name + ".port")),
                CATALOG.getProperty(name + ".healthcheck"), environment, CATALOG.getProperty(name + ".command"));
    }
}
