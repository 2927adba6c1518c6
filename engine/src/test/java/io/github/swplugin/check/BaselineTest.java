package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.core.LicenseHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Baselined findings are matched by rule, file and message: lines may move, counts may not grow. */
class BaselineTest {
    private static Finding dead(String path, int line) {
        return new Finding(path, line, 13, Rule.DEAD_KEY, "the collector never compares 'operationId': this line checks nothing, remove it");
    }

    @Test
    void aFindingThatMovedIsStillKnownAndANewOneIsNot() {
        String file = Baseline.render(List.of(dead("a.yml", 10), dead("a.yml", 20)));
        assertThat(LicenseHeader.present(file)).isTrue();
        Baseline baseline = Baseline.parse(file);
        // both moved down after an edit above them, and a third appeared
        Baseline.Split split = baseline.split(List.of(dead("a.yml", 12), dead("a.yml", 22), dead("a.yml", 30)));
        assertThat(split.known()).extracting(Finding::line).containsExactly(12, 22);
        assertThat(split.fresh()).extracting(Finding::line).containsExactly(30);
        assertThat(split.stale()).isEmpty();
    }

    @Test
    void entriesThatNoLongerOccurAreNamedForPruning() {
        Baseline baseline = Baseline.parse(Baseline.render(List.of(dead("a.yml", 10), dead("b.yml", 4))));
        Baseline.Split split = baseline.split(List.of(dead("a.yml", 10)));
        assertThat(split.fresh()).isEmpty();
        assertThat(split.stale()).containsExactly("dead-key\tb.yml\tthe collector never compares 'operationId': this line checks"
                + " nothing, remove it");
    }
}
