package io.github.swplugin.check.files;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of strings kept as one string and where each ends: packed together, or read where they lie in a
 * larger text (a line of the cache's entries file). The files of a large checkout leave some 200,000 short facts, and
 * an object of its own for each took more memory than their text (a cold run at 100 copies of the agent's tests ran out
 * of -Xmx64m); an element is cut out when it is read.
 */
public final class PackedStrings extends AbstractList<String> implements RandomAccess {
    private final String text;
    /** Where the first string starts in the text. */
    private final int first;
    private final int[] ends;
    /** What lies between one string's end and the next one's start: nothing when packed, a separator when split. */
    private final int gap;

    private PackedStrings(String text, int first, int[] ends, int gap) {
        this.text = text;
        this.first = first;
        this.ends = ends;
        this.gap = gap;
    }

    /** The strings packed, in their order; none may be null. */
    public static List<String> of(List<String> strings) {
        if (strings instanceof PackedStrings packed) {
            return packed;
        }
        if (strings.isEmpty()) {
            return List.of();
        }
        int length = 0;
        for (String string : strings) {
            length += string.length();
        }
        StringBuilder text = new StringBuilder(length);  // sized once: growing it was a sixth of a cold run's array copying
        int[] ends = new int[strings.size()];
        for (int i = 0; i < ends.length; i++) {
            text.append(Objects.requireNonNull(strings.get(i)));
            ends[i] = text.length();
        }
        return new PackedStrings(text.toString(), 0, ends, 0);
    }

    /**
     * The fields of {@code text} between {@code start} and {@code end}, cut at each {@code separator}: read where they
     * lie, with no string of their own until one is asked for (a cache file holds a line of them for each of a
     * checkout's files). They keep the whole text.
     */
    public static List<String> split(String text, int start, int end, char separator) {
        int count = 1;
        for (int i = text.indexOf(separator, start); i >= 0 && i < end; i = text.indexOf(separator, i + 1)) {
            count++;
        }
        int[] ends = new int[count];
        int from = start;
        for (int i = 0; i < count - 1; i++) {
            ends[i] = text.indexOf(separator, from);
            from = ends[i] + 1;
        }
        ends[count - 1] = end;
        return new PackedStrings(text, start, ends, 1);
    }

    /**
     * What follows {@code prefix} in each of the strings that start with it, in order; packed strings are matched where
     * they lie, so that a string is made only for those that match (a checkout's files leave some 200,000 facts, and a
     * check asks for one kind of them).
     */
    public static List<String> after(List<String> strings, String prefix) {
        return matching(strings, prefix, String::substring);
    }

    /**
     * The fields of each of the strings that start with {@code prefix}: what follows the prefix cut at each space into
     * at most {@code limit} fields, as {@link String#split(String, int)} cuts it, made only for those strings.
     */
    public static List<String[]> fieldsAfter(List<String> strings, String prefix, int limit) {
        return matching(strings, prefix, (text, start, end) -> fields(text, start, end, limit));
    }

    /** What is made of the part of a text between two offsets. */
    private interface Cut<T> {
        T of(String text, int start, int end);
    }

    private static <T> List<T> matching(List<String> strings, String prefix, Cut<T> cut) {
        List<T> found = new ArrayList<>();
        if (strings instanceof PackedStrings packed) {
            int start = packed.first;
            for (int end : packed.ends) {
                if (end - start >= prefix.length() && packed.text.startsWith(prefix, start)) {
                    found.add(cut.of(packed.text, start + prefix.length(), end));
                }
                start = end + packed.gap;
            }
        } else {
            for (String string : strings) {
                if (string.startsWith(prefix)) {
                    found.add(cut.of(string, prefix.length(), string.length()));
                }
            }
        }
        return found;
    }

    private static String[] fields(String text, int start, int end, int limit) {
        int count = 1;
        for (int i = start; i < end && count < limit; i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        String[] fields = new String[count];
        int from = start;
        for (int field = 0; field < count - 1; field++) {
            int space = text.indexOf(' ', from);
            fields[field] = text.substring(from, space);
            from = space + 1;
        }
        fields[count - 1] = text.substring(from, end);
        return fields;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, ends.length);
        return text.substring(index == 0 ? first : ends[index - 1] + gap, ends[index]);
    }

    @Override
    public int size() {
        return ends.length;
    }
}
