package io.github.swplugin.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Apache-2.0 header as SkyWalking Eyes accepts it: comment markers, punctuation, case and
 * line breaks do not matter, so both wordings in use (the short-line ASF form and the long-line
 * template form) match, after a shebang or encoding line.
 */
public final class LicenseHeader {
    /** The standard ASF source header, as the target repository requires it. */
    public static final String TEXT = """
            Licensed to the Apache Software Foundation (ASF) under one or more
            contributor license agreements.  See the NOTICE file distributed with
            this work for additional information regarding copyright ownership.
            The ASF licenses this file to You under the Apache License, Version 2.0
            (the "License"); you may not use this file except in compliance with
            the License.  You may obtain a copy of the License at

                http://www.apache.org/licenses/LICENSE-2.0

            Unless required by applicable law or agreed to in writing, software
            distributed under the License is distributed on an "AS IS" BASIS,
            WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
            See the License for the specific language governing permissions and
            limitations under the License.
            """;

    /** The header as {@code #} comments framed by {@code #} lines, as the target repository's YAML and Python files carry it. */
    public static String hashComment(String newline) {
        StringBuilder out = new StringBuilder("#").append(newline);
        for (String line : TEXT.strip().split("\n")) {
            out.append(line.isEmpty() ? "#" : "# " + line).append(newline);
        }
        return out.append('#').append(newline).toString();
    }

    /** How far into the normalised file the header may start (room for a shebang or coding line). */
    static final int MAX_START = 80;

    /** How much of a file is searched for the header. */
    public static final int HEAD_CHARS = 8192;

    /**
     * The normalised header with its two owner phrases ("the Apache Software Foundation (ASF)",
     * "The ASF") open to any few words, as Eyes' Apache-2.0 pattern allows.
     */
    private static final String NORMALISED_TEXT = normalise(TEXT, Integer.MAX_VALUE);

    private static final Pattern NORMALISED = Pattern.compile(Pattern.quote(NORMALISED_TEXT)
            .replace(" the apache software foundation asf under", "\\E(?: [a-z0-9]+){1,8} under\\Q")
            .replace(" the asf licenses", "\\E(?: [a-z0-9]+){1,8} licenses\\Q"));

    private LicenseHeader() {
    }

    /** Enough normalised text for the header to start within MAX_START, with room for the owner words. */
    private static final int NORMALISED_NEEDED = MAX_START + NORMALISED_TEXT.length() + 160;

    /** The header exactly as nearly every file of the target repository starts. */
    private static final String HASH_COMMENT = hashComment("\n");

    public static boolean present(String text) {
        if (text.startsWith(HASH_COMMENT)) {
            return true;  // normalised, it is the header at the very start: the search below would say the same
        }
        String head = normalise(text, NORMALISED_NEEDED);
        Matcher matcher = NORMALISED.matcher(head);
        return matcher.find() && matcher.start() <= MAX_START;
    }

    /**
     * Lower-case words separated by single spaces: comment markers and punctuation fall away. Reads
     * at most the first HEAD_CHARS characters and stops at {@code limit}: the header can only match
     * near the start.
     */
    static String normalise(String text, int limit) {
        int end = Math.min(text.length(), HEAD_CHARS);
        StringBuilder out = new StringBuilder(Math.min(end, limit));
        boolean space = false;
        for (int i = 0; i < end && out.length() < limit; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
