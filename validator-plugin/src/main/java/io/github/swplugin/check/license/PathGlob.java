package io.github.swplugin.check.license;

import java.util.regex.Pattern;

/**
 * A path pattern as {@code .licenserc.yaml} and {@code .gitignore} write them: {@code *} within a
 * name, {@code **} across directories, {@code ?} one character. A pattern that matches a directory
 * matches everything below it.
 */
public final class PathGlob {
    private final Pattern pattern;

    private PathGlob(Pattern pattern) {
        this.pattern = pattern;
    }

    /** A pattern relative to the checkout root, as in {@code paths-ignore}. */
    public static PathGlob anchored(String glob) {
        String trimmed = glob.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return new PathGlob(Pattern.compile(toRegex(trimmed)));
    }

    /** A {@code .gitignore} line: a name without a slash matches at any depth. */
    public static PathGlob gitignore(String line) {
        String trimmed = line.strip();
        String body = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        boolean rooted = body.contains("/");
        return anchored(rooted || body.startsWith("**") ? body : "**/" + body);
    }

    /** True when the path, or a directory above it, matches. */
    public boolean matches(String relativePath) {
        if (pattern.matcher(relativePath).matches()) {
            return true;
        }
        for (int slash = relativePath.indexOf('/'); slash >= 0; slash = relativePath.indexOf('/', slash + 1)) {
            if (pattern.matcher(relativePath.substring(0, slash)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (c == '*' && glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
