package io.github.swplugin.check;

/** How much a finding matters: errors fail the build, warnings only with {@code failOnWarning}. */
public enum Severity {
    ERROR,
    WARNING
}
