package io.github.swplugin.check.license;

/**
 * A path pattern as {@code .licenserc.yaml} and {@code .gitignore} write them: {@code *} within a
 * name, {@code **} across directories, {@code ?} one character. A pattern that matches a directory
 * matches everything below it. Matched by walking all positions of the pattern at once, in time
 * proportional to the path's length times the pattern's, whatever the pattern (a backtracking regex
 * takes exponential time on {@code **a**a**a...}).
 */
public final class PathGlob {
    private enum Kind { CHAR, ONE, NAME, ANY, DIRECTORIES }

    private record Token(Kind kind, char c) {
    }

    private final Token[] tokens;
    // the literal characters the pattern starts and ends with: a path without them cannot match, and most paths of a
    // checkout fail this test against most patterns, so the walk below runs for few of them
    private final String head;
    private final String tail;
    /** The runs of literal characters between head and tail, which a matching path holds ({@code _pb2} of {@code **\/*_pb2*}). */
    private final String[] inner;

    private PathGlob(Token[] tokens) {
        this.tokens = tokens;
        this.head = literal(tokens, 0, 1);
        this.tail = new StringBuilder(literal(tokens, tokens.length - 1, -1)).reverse().toString();
        java.util.List<String> runs = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String run = literal(tokens, i, 1);
            if (!run.isEmpty()) {
                if (i > 0 && i + run.length() < tokens.length) {
                    runs.add(run);  // the head and the tail are tested whole already
                }
                i += run.length();
            }
        }
        this.inner = runs.toArray(String[]::new);
    }

    private static String literal(Token[] tokens, int from, int step) {
        StringBuilder literal = new StringBuilder();
        for (int i = from; i >= 0 && i < tokens.length && tokens[i].kind() == Kind.CHAR; i += step) {
            literal.append(tokens[i].c());
        }
        return literal.toString();
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
        return new PathGlob(tokens(trimmed));
    }

    /** A {@code .gitignore} line: a name without a slash matches at any depth. */
    public static PathGlob gitignore(String line) {
        String trimmed = line.strip();
        String body = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        boolean rooted = body.contains("/");
        return anchored(rooted || body.startsWith("**") ? body : "**/" + body);
    }

    private static Token[] tokens(String glob) {
        java.util.List<Token> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && glob.startsWith("**/", i)) {
                tokens.add(new Token(Kind.DIRECTORIES, c));
                i += 2;
            } else if (c == '*' && glob.startsWith("**", i)) {
                tokens.add(new Token(Kind.ANY, c));
                i++;
            } else if (c == '*') {
                tokens.add(new Token(Kind.NAME, c));
            } else if (c == '?') {
                tokens.add(new Token(Kind.ONE, c));
            } else {
                tokens.add(new Token(Kind.CHAR, c));
            }
        }
        return tokens.toArray(Token[]::new);
    }

    /** True when the path, or a directory above it, matches. */
    public boolean matches(String relativePath) {
        return matchesAt(relativePath, true);
    }

    /** True when the whole path matches, leaving out the directories above it. */
    public boolean matchesExactly(String relativePath) {
        return relativePath.startsWith(head) && relativePath.endsWith(tail) && holdsInner(relativePath)
                && matchesAt(relativePath, false);
    }

    private boolean holdsInner(String relativePath) {
        for (String run : inner) {
            if (!relativePath.contains(run)) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesAt(String relativePath, boolean directoriesAbove) {
        // state 2i: about to match token i; state 2i+1: inside a "**/" at token i, which ends at a '/'.
        // Two bit arrays serve the whole walk: this runs for every file of a checkout against every pattern.
        int accept = 2 * tokens.length;
        long[] states = new long[accept / 64 + 1];
        long[] next = new long[states.length];
        set(states, 0);
        closure(states);
        for (int at = 0; at < relativePath.length(); at++) {
            char c = relativePath.charAt(at);
            if (c == '/' && directoriesAbove && get(states, accept)) {
                return true;  // a directory above the path matches
            }
            java.util.Arrays.fill(next, 0L);
            boolean any = false;
            for (int i = 0; i < tokens.length; i++) {
                boolean before = get(states, 2 * i);
                boolean inside = get(states, 2 * i + 1);
                if (!before && !inside) {
                    continue;
                }
                Token token = tokens[i];
                int to = switch (token.kind()) {
                    case CHAR -> c == token.c() ? 2 * (i + 1) : -1;
                    case ONE -> c != '/' ? 2 * (i + 1) : -1;
                    case NAME -> c != '/' ? 2 * i : -1;
                    case ANY -> 2 * i;
                    case DIRECTORIES -> {
                        set(next, 2 * i + 1);
                        any = true;
                        yield c == '/' ? 2 * (i + 1) : -1;
                    }
                };
                if (to >= 0) {
                    set(next, to);
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            long[] swap = states;
            states = next;
            next = swap;
            closure(states);
        }
        return get(states, accept);
    }

    /** Adds the states reachable without consuming a character: past any star, or past an empty "**\/". */
    private void closure(long[] states) {
        for (int i = 0; i < tokens.length; i++) {
            if (get(states, 2 * i) && tokens[i].kind() != Kind.CHAR && tokens[i].kind() != Kind.ONE) {
                set(states, 2 * (i + 1));
            }
        }
    }

    private static boolean get(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    private static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }
}
