package io.github.swplugin.core;

import java.util.regex.Pattern;

/** Classifies checkout-relative paths ({@code /}-separated) by directory and file name. */
public final class TreePath {
    private TreePath() {
    }

    /**
     * Whether the path lies at any depth below {@code directory} (written with its trailing {@code /}) and its file name
     * starts with {@code namePrefix} and matches {@code name}. Every file of a checkout is classified several times, so
     * the literal prefix turns nearly all of them away before a pattern runs, and the pattern sees only the name: one
     * over the whole path would walk its directories again on every call.
     */
    public static boolean below(String directory, String namePrefix, Pattern name, String path) {
        int start = path.lastIndexOf('/') + 1;
        return path.startsWith(directory) && path.startsWith(namePrefix, start) && name.matcher(path).region(start, path.length()).matches();
    }
}
