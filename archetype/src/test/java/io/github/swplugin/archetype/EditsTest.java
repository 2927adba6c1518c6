package io.github.swplugin.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.swplugin.core.PythonEnum;
import org.junit.jupiter.api.Test;

class EditsTest {
    @Test
    void pyprojectGetsTheLibraryAtTheEndOfThePluginsGroupOnce() {
        String text = "[tool.poetry.group.plugins.dependencies]\nredis = \">=3.5\"\n\n[tool.poetry.group.lint.dependencies]\nflake8 = \"*\"\n";
        assertThat(new PyProjectFile(text).withDependency("pymemcache", ">=4.0")).hasValue(
                "[tool.poetry.group.plugins.dependencies]\nredis = \">=3.5\"\npymemcache = \">=4.0\"\n\n[tool.poetry.group.lint.dependencies]\nflake8 = \"*\"\n");
        assertThat(new PyProjectFile(text).withDependency("Redis", ">=1")).isEmpty();
        assertThat(new PyProjectFile(text.replace("\n", "\r\n")).withDependency("pymemcache", ">=4.0").orElseThrow())
                .contains("redis = \">=3.5\"\r\npymemcache = \">=4.0\"\r\n");
    }

    @Test
    void enumMemberGoesAfterTheLastMemberInItsIndentation() {
        String text = "from enum import Enum\n\n\nclass Component(Enum):\n\tUnknown = 0\n\tFlask = 7001  # web\n\n\nclass Layer(Enum):\n\tHttp = 3\n";
        PythonEnum components = PythonEnum.read(text, "Component").orElseThrow();
        assertThat(components.members()).extracting(PythonEnum.Member::name).containsExactly("Unknown", "Flask");
        assertThat(components.withMember("Demo", 7020)).isEqualTo(text.replace("# web\n", "# web\n\tDemo = 7020\n"));
    }

    @Test
    void aBrokenPyprojectIsRefusedBeforeItIsEdited() {
        String good = "[tool.poetry]\nname = \"apache-skywalking\"  # the dist\nkeywords = [\n    'a',\n    \"b\",\n]\n"
                + "description = \"\"\"two\nlines\"\"\"\n[tool.poetry.group.plugins.dependencies]\nurllib3 = { version = \"*\" }\n";
        assertThat(TomlSyntax.problem(good)).isEmpty();
        assertThat(TomlSyntax.problem(good.replace("keywords = [", "keywords = ["  + "[")))
                .hasValue("line 3: a list or table opened here is never closed");
        assertThat(TomlSyntax.problem(good.replace("name = \"apache-skywalking\"", "name = \"apache-skywalking")))
                .hasValue("line 2: a string is not closed on its line");
        assertThat(TomlSyntax.problem(good.replace("[tool.poetry.group", "[tool.poetry.group\n"))).get().asString()
                .startsWith("line 9: '[tool.poetry.group' is not a [table] header");
        assertThat(TomlSyntax.problem(good + "<<<<<<< HEAD\n")).hasValue("line 11: '<<<<<<< HEAD' is neither key = value, a [table] nor a comment");
        assertThatThrownBy(() -> new PyProjectFile(good + "redis = \n")).isInstanceOf(ScaffoldException.class)
                .hasMessageStartingWith("pyproject.toml is not valid TOML (line 11:");
    }
}
