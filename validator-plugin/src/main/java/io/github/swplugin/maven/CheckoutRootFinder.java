package io.github.swplugin.maven;

import io.github.swplugin.check.run.CheckoutLayout;
import java.nio.file.Path;

/**
 * The checkout a goal works on, found as git finds its root: the given directory or the nearest one above it that
 * holds an agent's plugin tests. A checkout-wide check then gives the same answer from the root, from a module of a
 * build inside the checkout, and from any directory below.
 */
final class CheckoutRootFinder {
    private CheckoutRootFinder() {
    }

    static Path find(Path start) {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (CheckoutLayout.isRoot(directory)) {
                return directory;
            }
        }
        return start;  // none: the goal says what it looked for
    }
}
