package io.github.swplugin.archetype;

import static org.assertj.core.api.Assertions.assertThat;

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
}
