package io.github.swplugin.archetype;

import java.util.Optional;
import java.util.Properties;

/** The module a distribution installs when it is not its PyPI name in snake case (pyzmq installs zmq). */
final class ImportNames {
    private static final Properties TABLE = ResourceTable.load("import-names.properties");

    private ImportNames() {
    }

    /** The module of the library (extras and spelling as pip matches names), when the table knows it. */
    static Optional<String> of(String library) {
        return Optional.ofNullable(TABLE.getProperty(Preset.normalise(library)));
    }
}
