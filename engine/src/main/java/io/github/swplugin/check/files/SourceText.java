package io.github.swplugin.check.files;

import io.github.swplugin.check.python.PythonModule;

/**
 * One file of the checkout as the checks get it.
 *
 * @param path   relative to the checkout, with forward slashes: how findings name it
 * @param python its Python reading, read once for every check, or null when the file is not Python
 */
public record SourceText(String path, String text, PythonModule python) {
    public static SourceText of(String path, String text) {
        return new SourceText(path, text, path.endsWith(".py") ? PythonModule.of(text) : null);
    }
}
