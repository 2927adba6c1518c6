package io.github.swplugin.core;

/** Counts and lists in messages: "1 error", "2 errors", "[1, 2, 3, ... (15000 in all)]". */
public final class Words {
    private Words() {
    }

    /** {@code count} and the noun, with "s" added unless the count is one. */
    public static String count(long count, String noun) {
        return count(count, noun, noun + "s");
    }

    /** How many items of a list a message shows: a finding stays one readable line however large the file. */
    public static final int SHOWN = 20;

    /** The items as a list, its first {@link #SHOWN} only when it is longer, with how many there are in all. */
    public static String list(java.util.Collection<?> items) {
        if (items.size() <= SHOWN) {
            return items.toString();
        }
        StringBuilder out = new StringBuilder("[");
        items.stream().limit(SHOWN).forEach(item -> out.append(item).append(", "));
        return out.append("... (").append(items.size()).append(" in all)]").toString();
    }

    /** {@code count} and the singular or the plural given. */
    public static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
