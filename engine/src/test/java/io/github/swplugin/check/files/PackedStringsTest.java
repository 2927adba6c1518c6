package io.github.swplugin.check.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts packed into one string read back as they were written, empty ones and line breaks included. */
class PackedStringsTest {
    @Test
    void everyStringComesBackAsItWas() {
        List<String> facts = List.of("service provider", "", "mount provider /app tests/plugin/data/sw_x", "a\nb", "ports 9091 9092", "");
        List<String> packed = PackedStrings.of(facts);
        assertThat(packed).isEqualTo(facts).hasSize(6);
        assertThat(packed.get(1)).isEmpty();
        assertThat(packed.get(3)).isEqualTo("a\nb");
        assertThat(PackedStrings.of(packed)).isSameAs(packed);
        assertThat(PackedStrings.of(List.of())).isEmpty();
    }

    @Test
    void fieldsAreSplitAtTheSeparatorFromWhereTheyStart() {
        String line = "path\tdigest\tservice provider\t\tports 9091";
        assertThat(PackedStrings.split(line, 12, line.length(), '\t')).containsExactly("service provider", "", "ports 9091");
        assertThat(PackedStrings.split("a\tb\t", 2, 4, '\t')).containsExactly("b", "");
        assertThat(PackedStrings.split("a\t", 2, 2, '\t')).containsExactly("");
        // a line of a larger text: the fields end where it does
        String text = "x\tagent provider\tcalls db 3\nnext\tagent other\n";
        List<String> fields = PackedStrings.split(text, 2, text.indexOf('\n'), '\t');
        assertThat(fields).containsExactly("agent provider", "calls db 3");
        assertThat(PackedStrings.after(fields, "agent ")).containsExactly("provider");
    }

    @Test
    void whatFollowsAPrefixIsFoundInEachStringAloneNeverAcrossTwo() {
        List<String> facts = List.of("agent provider", "ag", "ent consumer", "agent ", "calls db 12", "agent consumer");
        assertThat(PackedStrings.after(PackedStrings.of(facts), "agent ")).containsExactly("provider", "", "consumer");
        assertThat(PackedStrings.after(facts, "agent ")).containsExactly("provider", "", "consumer");
        assertThat(PackedStrings.after(PackedStrings.of(facts), "port ")).isEmpty();
        assertThat(PackedStrings.after(List.of(), "agent ")).isEmpty();
    }

    @Test
    void theFieldsAfterAPrefixAreCutAsSplitCutsThem() {
        List<String> facts = List.of("mount provider /app tests/plugin/data/sw_x", "mount  a b c d", "mount ", "mounted x", "mount x ",
                "runs provider 3 5 /app/provider.py", "mount a  b");
        for (List<String> strings : List.of(facts, PackedStrings.of(facts))) {
            for (int limit = 1; limit <= 5; limit++) {
                List<String[]> fields = PackedStrings.fieldsAfter(strings, "mount ", limit);
                List<String> mounts = PackedStrings.after(facts, "mount ");
                assertThat(fields).hasSize(mounts.size());
                for (int i = 0; i < mounts.size(); i++) {
                    assertThat(fields.get(i)).containsExactly(mounts.get(i).split(" ", limit));
                }
            }
        }
        assertThat(PackedStrings.fieldsAfter(PackedStrings.of(facts), "runs ", 4)).singleElement()
                .satisfies(run -> assertThat(run).containsExactly("provider", "3", "5", "/app/provider.py"));
    }

    @Test
    void itCannotBeChangedAndHoldsNoNull() {
        List<String> packed = PackedStrings.of(List.of("x", "y"));
        assertThatThrownBy(() -> packed.add("z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> PackedStrings.of(Arrays.asList("x", null))).isInstanceOf(NullPointerException.class);
    }
}
