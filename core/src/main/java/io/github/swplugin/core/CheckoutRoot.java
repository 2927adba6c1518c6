package io.github.swplugin.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A checkout's real directory, and the paths inside it that swplugin may write or delete. A checkout is
 * untrusted content: whatever it holds (a committed link, a journal, a name with {@code ..}) must not make a
 * write land outside it. Links are followed only while they lead to a place inside the checkout.
 */
public final class CheckoutRoot {
    private final Path given;
    private final Path real;

    private CheckoutRoot(Path given, Path real) {
        this.given = given;
        this.real = real;
    }

    /** The checkout at {@code directory}, named by its real path (links in the way to it are the user's own). */
    public static CheckoutRoot of(Path directory) {
        Path given = directory.toAbsolutePath().normalize();
        try {
            return new CheckoutRoot(given, given.toRealPath());
        } catch (IOException e) {
            return new CheckoutRoot(given, given);
        }
    }

    public Path real() {
        return real;
    }

    /**
     * Where a write to {@code file} lands. A file named inside the checkout is followed through links only as
     * long as they stay inside it (an edit through such a link writes its target); a link that leads out, or
     * dangles, is refused by name. A file named outside the checkout was named so by the user, not by the
     * checkout: it is written as named, but never through a link at its own name, which another local user
     * could have planted in a shared directory.
     */
    public Path writable(Path file) throws UnsafePathException {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = relative(absolute);
        if (relative == null) {
            if (Files.isSymbolicLink(absolute)) {
                throw new UnsafePathException(absolute + " is a symbolic link: swplugin does not write through links"
                        + " outside the checkout; name the file itself");
            }
            return absolute;
        }
        return inside(relative.toString());
    }

    /**
     * A path the checkout's own content names (a journal entry, a generated file), resolved as {@link #writable}
     * resolves names inside: never absolute, never above the root, links followed only where they stay inside.
     */
    public Path inside(String relative) throws UnsafePathException {
        Path current = real;
        Path rest = lexical(relative);
        for (int i = 0; i < rest.getNameCount(); i++) {
            Path next = current.resolve(rest.getName(i).toString());
            if (!Files.isSymbolicLink(next)) {
                if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                    return current.resolve(rest.subpath(i, rest.getNameCount()).toString());  // to be created
                }
                current = next;
                continue;
            }
            Path target;
            try {
                target = next.toRealPath();
            } catch (IOException e) {
                throw new UnsafePathException(shown(next) + " is a symbolic link to nothing: swplugin does not write"
                        + " through it; remove the link or point it at a file in the checkout");
            }
            if (!target.startsWith(real)) {
                throw new UnsafePathException(shown(next) + " is a symbolic link that leads out of the checkout (to "
                        + target + "): swplugin writes only inside the checkout; replace the link with a file");
            }
            current = target;
        }
        return current;
    }

    /**
     * A path the checkout's content names, for deleting or restoring: inside the root, and no link anywhere on the
     * way, the last name included (a link is left as it is, never followed).
     */
    public Path withoutLinks(String relative) throws UnsafePathException {
        Path link = firstLink(relative);
        if (link != null) {
            throw new UnsafePathException(shown(link) + " is a symbolic link: left alone");
        }
        return real.resolve(lexical(relative).toString());
    }

    /** The first symbolic link on the way from the root to {@code relative}, its last name included; null when none. */
    private Path firstLink(String relative) throws UnsafePathException {
        Path current = real;
        for (Path name : lexical(relative)) {
            current = current.resolve(name.toString());
            if (Files.isSymbolicLink(current)) {
                return current;
            }
        }
        return null;
    }

    /**
     * Where a file of swplugin's own (its cache) is written: as {@link #writable} names it, but never through a link
     * inside the checkout either, its own name included: a committed link there would send the write onto a file of
     * the checkout.
     */
    public Path owned(Path file) throws UnsafePathException {
        Path resolved = writable(file);  // a link leading out refused first, saying where it leads
        Path relative = relative(file.toAbsolutePath().normalize());
        Path link = relative == null ? null : firstLink(relative.toString());
        if (link != null) {
            throw new UnsafePathException(shown(link) + " is a symbolic link: swplugin writes its own files (its cache, its"
                    + " reports) through no link, lest they land on a file of the checkout; remove the link");
        }
        return resolved;
    }

    /** The path relative to the root, as the checkout should name it: with {@code /}. */
    public String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path relative = relative(absolute);
        return relative == null ? absolute.toString() : relative.toString().replace('\\', '/');
    }

    /** {@code path} relative to the checkout when it names a place inside it (under either of its names), else null. */
    private Path relative(Path absolute) {
        if (absolute.startsWith(real)) {
            return real.relativize(absolute);
        }
        if (absolute.startsWith(given)) {
            return given.relativize(absolute);
        }
        return null;
    }

    private static Path lexical(String relative) throws UnsafePathException {
        Path path;
        try {
            path = Path.of(relative);
        } catch (RuntimeException e) {
            throw new UnsafePathException("'" + relative + "' is not a path this system can name");
        }
        if (relative.isEmpty() || path.isAbsolute() || !path.normalize().equals(path) || path.startsWith("..")) {
            throw new UnsafePathException("'" + relative + "' does not name a place inside the checkout: left alone");
        }
        return path;
    }
}
