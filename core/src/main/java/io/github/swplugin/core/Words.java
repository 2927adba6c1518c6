package io.github.swplugin.core;

/** Counts in messages, with the noun in the right number: "1 error", "2 errors". */
public final class Words {
    private Words() {
    }

    /** {@code count} and the noun, with "s" added unless the count is one. */
    public static String count(long count, String noun) {
        return count(count, noun, noun + "s");
    }

    /** {@code count} and the singular or the plural given. */
    public static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
