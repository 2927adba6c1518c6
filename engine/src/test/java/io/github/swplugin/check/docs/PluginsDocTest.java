package io.github.swplugin.check.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.python.PluginsDoc;
import io.github.swplugin.check.python.PythonModule;
import io.github.swplugin.check.python.PythonSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginsDocTest {
    private static PluginsDoc.Section section(String name, String source) throws PythonSyntaxException {
        PythonModule module = PythonModule.of(source);
        return PluginsDoc.section(name, module.literal("support_matrix"), module.literal("link_vector"), module.literal("note")).orElseThrow();
    }

    @Test
    void rowsPairLibrariesWithLinksByPositionAndPrintVersionsAsPython() throws Exception {
        PluginsDoc.Section server = section("sw_http_server", """
                link_vector = ['https://docs.python.org/3/library/http.server.html',
                               'https://werkzeug.palletsprojects.com/']
                support_matrix = {
                    'http_server': {'>=3.7': ['*']},
                    'werkzeug': {
                        '>=3.10': [],  # not yet
                        '>=3.7': ['1.0.1', "2.0"],
                    },
                }
                note = \"\"\"\"\"\"
                """);
        assertThat(server.rows()).containsExactly(
                "| [http_server](https://docs.python.org/3/library/http.server.html) | Python >=3.7 - ['*'];  | `sw_http_server` |",
                "| [werkzeug](https://werkzeug.palletsprojects.com/) | Python >=3.10 - NOT SUPPORTED YET; Python >=3.7 - ['1.0.1', '2.0'];  | `sw_http_server` |");
        assertThat(server.note()).isEmpty();
    }

    @Test
    void aShortLinkVectorDropsRowsAsZipDoes() throws Exception {
        PluginsDoc.Section section = section("sw_two", """
                link_vector = ['https://a.example']
                support_matrix = {'a': {'>=3.7': ["it's"]}, 'b': {'>=3.7': ['1']}}
                note = ('first line, '
                        'same line')
                """);
        assertThat(section.rows()).containsExactly("| [a](https://a.example) | Python >=3.7 - [\"it's\"];  | `sw_two` |");
        assertThat(section.note()).isEqualTo("first line, same line");
    }

    @Test
    void documentHasTheFixedHeadTheRowsThenTheNotes() throws Exception {
        String text = PluginsDoc.render(List.of(
                section("sw_a", "link_vector = ['https://a']\nsupport_matrix = {'a': {'>=3.7': ['1.*']}}\nnote = \"\"\"Two\nlines.\"\"\"\n"),
                section("sw_b", "link_vector = []\nsupport_matrix = {}\nnote = ''\n")));
        assertThat(text).startsWith("# Supported Libraries\nThis document is **automatically** generated from the SkyWalking Python testing matrix.\n")
                .endsWith("### Plugin Support Table\n| Library | Python Version - Lib Version | Plugin Name |\n| :--- | :--- | :--- |\n"
                        + "| [a](https://a) | Python >=3.7 - ['1.*'];  | `sw_a` |\n### Notes\n- Two\nlines.\n");
    }
}
