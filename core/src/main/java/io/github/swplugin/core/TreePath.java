package io.github.swplugin.core;

import java.util.regex.Pattern;

/** Classifies checkout-relative paths ({@code /}-separated) by directory and file name. */
public final class TreePath {
    private TreePath() {
    }

    /**
     * Whether the path lies at any depth below {@code directory} (written with its trailing {@code /}) and its file name
     * matches {@code name}. Every file of a checkout is classified several times, so only the name is matched with a
     * pattern: a pattern over the whole path would walk its directories again on every call.
     */
    public static boolean below(String directory, Pattern name, String path) {
        return path.startsWith(directory) && name.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }
}
