package io.github.swplugin.check.license;

import java.util.BitSet;

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

    private PathGlob(Token[] tokens) {
        this.tokens = tokens;
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
        // state 2i: about to match token i; state 2i+1: inside a "**/" at token i, which ends at a '/'
        BitSet states = closure(bit(0));
        int accept = 2 * tokens.length;
        for (int at = 0; at < relativePath.length(); at++) {
            char c = relativePath.charAt(at);
            if (c == '/' && states.get(accept)) {
                return true;  // a directory above the path matches
            }
            BitSet next = new BitSet();
            for (int state = states.nextSetBit(0); state >= 0 && state < accept; state = states.nextSetBit(state + 1)) {
                int i = state / 2;
                Token token = tokens[i];
                switch (token.kind()) {
                    case CHAR -> {
                        if (c == token.c()) {
                            next.set(2 * (i + 1));
                        }
                    }
                    case ONE -> {
                        if (c != '/') {
                            next.set(2 * (i + 1));
                        }
                    }
                    case NAME -> {
                        if (c != '/') {
                            next.set(2 * i);
                        }
                    }
                    case ANY -> next.set(2 * i);
                    case DIRECTORIES -> {
                        next.set(2 * i + 1);
                        if (c == '/') {
                            next.set(2 * (i + 1));
                        }
                    }
                }
            }
            states = closure(next);
            if (states.isEmpty()) {
                return false;
            }
        }
        return states.get(accept);
    }

    /** Adds the states reachable without consuming a character: past any star, or past an empty "**\/". */
    private BitSet closure(BitSet states) {
        for (int i = 0; i < tokens.length; i++) {
            if (states.get(2 * i) && tokens[i].kind() != Kind.CHAR && tokens[i].kind() != Kind.ONE) {
                states.set(2 * (i + 1));
            }
        }
        return states;
    }

    private static BitSet bit(int index) {
        BitSet set = new BitSet();
        set.set(index);
        return set;
    }
}
