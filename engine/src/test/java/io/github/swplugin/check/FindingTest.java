package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings are reported by file, then line, column, rule and message: the order every report and the cache keep. */
public class FindingTest {
    @Test
    void findingsSortByPathLineColumnRuleAndMessage() {
        Rule first = Arrays.stream(Rule.values()).min(Comparator.comparing(Rule::id)).orElseThrow();
        Rule other = Arrays.stream(Rule.values()).max(Comparator.comparing(Rule::id)).orElseThrow();
        List<Finding> ordered = List.of(
                new Finding("a.yml", 2, 1, other, "z"),
                new Finding("a.yml", 10, 1, first, "a"),
                new Finding("a.yml", 10, 3, first, "a"),
                new Finding("a.yml", 10, 3, first, "b"),
                new Finding("a.yml", 10, 3, other, "a"),
                new Finding("b.yml", 1, 1, first, "a"));
        List<Finding> shuffled = new ArrayList<>(ordered);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 1, 4);

        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(ordered);
        assertThat(ordered.get(2).compareTo(new Finding("a.yml", 10, 3, first, "a"))).isZero();
    }
}
