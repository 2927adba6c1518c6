package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The enum as Python reads it: members with Unicode names are members too. */
class PythonEnumTest {
    private static final String TEXT = """
            from enum import Enum


            class Component(Enum):
                Unknown = 0
                Café = 7020  # a name Python accepts
                Ωmega_2 = 7021
                ﬁle = 7022

            class Layer(Enum):
                Http = 3
            """;

    @Test
    void unicodeIdentifiersAreMembersWithTheirPlaces() {
        PythonEnum components = PythonEnum.read(TEXT, "Component").orElseThrow();
        assertThat(components.members()).containsExactly(new PythonEnum.Member("Unknown", 0, 5, 5),
                new PythonEnum.Member("Café", 7020, 6, 5), new PythonEnum.Member("Ωmega_2", 7021, 7, 5),
                new PythonEnum.Member("ﬁle", 7022, 8, 5));
        assertThat(components.hasId(7020)).isTrue();
        // Python normalises identifiers (NFKC): the ligature is the plain name
        assertThat(components.byName("file")).map(PythonEnum.Member::id).hasValue(7022);
        assertThat(components.byName("Cafe\u0301")).map(PythonEnum.Member::id).hasValue(7020);
    }

    @Test
    void aNewMemberGoesAfterTheLastInItsIndentationAndLineEnding() {
        String crlf = TEXT.replace("\n", "\r\n");
        assertThat(PythonEnum.read(crlf, "Component").orElseThrow().withMember("Demo", 7023))
                .contains("    ﬁle = 7022\r\n    Demo = 7023\r\n\r\nclass Layer");
        assertThat(PythonEnum.read("x = 1\n", "Component")).isEmpty();
    }
}
