package io.github.swplugin.check.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.swplugin.core.PythonEnum;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonLiteralsTest {

    private static PyValue literal(String module, String name) throws PythonSyntaxException {
        return PythonModule.of(module).literal(name);
    }

    @Test
    void readsNestedDictsListsCommentsAndTrailingCommas() throws Exception {
        PyValue matrix = literal("""
                support_matrix = {
                    'psycopg[binary]': {  # the binary wheel
                        '>=3.13': ['3.2.*'],
                        ">=3.10": ["3.0.18", '3.1.*', ],
                    },
                    'hug': {'>=3.11': []}
                }
                """, "support_matrix");
        PyValue.Dict dict = (PyValue.Dict) matrix;
        assertThat(dict.entries()).extracting(e -> ((PyValue.Str) e.key()).value()).containsExactly("psycopg[binary]", "hug");
        PyValue.Dict versions = (PyValue.Dict) dict.entries().get(0).value();
        assertThat(versions.entries().get(1).key().line()).isEqualTo(4);
        assertThat(((PyValue.Seq) versions.entries().get(1).value()).items()).extracting(v -> ((PyValue.Str) v).value())
                .containsExactly("3.0.18", "3.1.*");
        assertThat(((PyValue.Seq) ((PyValue.Dict) dict.entries().get(1).value()).entries().get(0).value()).items()).isEmpty();
    }

    @Test
    void joinsImplicitConcatenationAndTripleQuotes() throws Exception {
        String module = "note = (\"first \"  # a comment\n        'second '\n        r'\\d')\nother = \"\"\"multi\nline 'quoted'\"\"\"\n"
                + "cont = 'a' \\\n    'b'\n";
        assertThat(((PyValue.Str) literal(module, "note")).value()).isEqualTo("first second \\d");
        assertThat(((PyValue.Str) literal(module, "other")).value()).isEqualTo("multi\nline 'quoted'");
        assertThat(((PyValue.Str) literal(module, "cont")).value()).isEqualTo("ab");
    }

    @Test
    void resolvesEscapes() throws Exception {
        assertThat(((PyValue.Str) literal("s = 'tab\\there \\'q\\' \\x41\\u00e9'\n", "s")).value()).isEqualTo("tab\there 'q' A\u00e9");
    }

    @Test
    void refusesComputedValuesWithAReason() {
        assertThatThrownBy(() -> literal("support_matrix = build_matrix()\n", "support_matrix"))
                .isInstanceOf(PythonSyntaxException.class).hasMessageContaining("'build_matrix()' is not a literal");
        assertThatThrownBy(() -> literal("note = f'{x}'\n", "note")).hasMessageContaining("f-string");
        assertThatThrownBy(() -> literal("v = ['a'] + other\n", "v")).hasMessageContaining("goes on after the literal");
        assertThatThrownBy(() -> literal("v = ['a', 'b'\n", "v")).isInstanceOf(PythonSyntaxException.class);
        assertThatThrownBy(() -> literal("v = " + "[".repeat(500) + "]".repeat(500) + "\n", "v")).hasMessageContaining("nested deeper");
    }

    @Test
    void findsTopLevelAssignmentsOnlyAndSkipsStringsAndComments() {
        PythonModule module = PythonModule.of("""
                note = \"\"\"
                link_vector = ['not code']
                \"\"\"
                # support_matrix = {}
                def install():
                    support_matrix = {}
                    return Component.Fake  # Component.InComment
                x: dict = {'a': Component.Flask}
                """);
        assertThat(module.assigns("note")).isTrue();
        assertThat(module.assigns("x")).isTrue();
        assertThat(module.assigns("link_vector")).isFalse();
        assertThat(module.assigns("support_matrix")).isFalse();
        assertThat(module.componentRefs()).extracting(PythonModule.ComponentRef::name).containsExactly("Fake", "Flask");
        assertThat(module.componentRefs().get(0)).isEqualTo(new PythonModule.ComponentRef("Fake", 7, 22));
    }

    @Test
    void readsEnumMembersWithCommentsAndStopsAtTheNextClass() {
        PythonEnum components = PythonEnum.read("""
                from enum import Enum


                class Component(Enum):
                    Unknown = 0
                    General = 7000  # built-in

                    Redis = 7


                class Layer(Enum):
                    Http = 3
                """, "Component").orElseThrow();
        assertThat(components.members()).containsExactly(new PythonEnum.Member("Unknown", 0, 5, 5),
                new PythonEnum.Member("General", 7000, 6, 5), new PythonEnum.Member("Redis", 7, 8, 5));
        assertThat(PythonEnum.read("x = 1\n", "Component")).isEmpty();
        assertThat(List.of(components.hasId(7), components.hasId(3))).containsExactly(true, false);
    }
}
