package io.github.swplugin.archetype;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** A properties file of the archetype's facts (services, import names, shared component ids), read once. */
final class ResourceTable {
    private ResourceTable() {
    }

    static Properties load(String name) {
        Properties table = new Properties();
        try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
