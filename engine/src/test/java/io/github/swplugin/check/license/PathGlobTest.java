package io.github.swplugin.check.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathGlobTest {
    @Test
    void anchoredPatternsMatchFromTheRootAndCoverDirectories() {
        assertThat(PathGlob.anchored("dist").matches("dist/a/b.py")).isTrue();
        assertThat(PathGlob.anchored("dist").matches("tests/dist/b.py")).isFalse();
        assertThat(PathGlob.anchored("**/*.md").matches("README.md")).isTrue();
        assertThat(PathGlob.anchored("**/*.md").matches("docs/en/setup/Plugins.md")).isTrue();
        assertThat(PathGlob.anchored("**/*.md").matches("docs/a.md.txt")).isFalse();
        assertThat(PathGlob.anchored("tests/*/x?.py").matches("tests/a/x1.py")).isTrue();
        assertThat(PathGlob.anchored("tests/*/x?.py").matches("tests/a/b/x1.py")).isFalse();
        assertThat(PathGlob.anchored("a.b").matches("aXb")).isFalse();
    }

    @Test
    void gitignoreNamesMatchAtAnyDepth() {
        assertThat(PathGlob.gitignore("__pycache__").matches("skywalking/plugins/__pycache__/x.pyc")).isTrue();
        assertThat(PathGlob.gitignore("build/").matches("tools/build/out.txt")).isTrue();
        assertThat(PathGlob.gitignore("/apache_skywalking.egg-info/").matches("apache_skywalking.egg-info/PKG-INFO")).isTrue();
        assertThat(PathGlob.gitignore("tests/**/requirements.txt").matches("tests/plugin/web/sw_x/requirements.txt")).isTrue();
        assertThat(PathGlob.gitignore("skywalking/protocol").matches("skywalking/protocol/common/Common_pb2.py")).isTrue();
        assertThat(PathGlob.gitignore("skywalking/protocol").matches("tests/skywalking/protocol/x.py")).isFalse();
    }

    @Test
    void patternsThatMakeARegexBacktrackMatchInLinearTime() {
        String deep = "a/".repeat(2_000) + "b";
        PathGlob hostile = PathGlob.anchored("**a**a**a**a**a**a**a**a**a**a**aZ");
        assertThat(hostile.matches(deep)).isFalse();
        assertThat(PathGlob.gitignore("**a**a**a**a**a**a**aZ").matches("a".repeat(5_000))).isFalse();
        assertThat(PathGlob.anchored("**a**a**b").matches(deep)).isTrue();
    }

    @Test
    void starsStopAtSlashesAndDoubleStarsDoNot() {
        assertThat(PathGlob.anchored("a/**/b").matches("a/b")).isTrue();
        assertThat(PathGlob.anchored("a/**/b").matches("a/x/y/b")).isTrue();
        assertThat(PathGlob.anchored("a/**/b").matches("a/xb")).isFalse();
        assertThat(PathGlob.anchored("a*").matches("ab/c")).isTrue();
        assertThat(PathGlob.anchored("a*c").matches("ab/c")).isFalse();
        assertThat(PathGlob.anchored("a**c").matches("ab/c")).isTrue();
        assertThat(PathGlob.anchored("").matches("x")).isFalse();
    }

    @Test
    void exactMatchingLeavesTheDirectoriesAboveOut() {
        assertThat(PathGlob.anchored("dist").matchesExactly("dist")).isTrue();
        assertThat(PathGlob.anchored("dist").matchesExactly("dist/a.py")).isFalse();
        assertThat(PathGlob.gitignore("*.pyc").matchesExactly("a/b/c.pyc")).isTrue();
    }

    @Test
    void patternsLongerThanOneWordOfStatesMatch() {
        String name = "directory-name-of-forty-characters-long/".repeat(3) + "file.py";
        assertThat(PathGlob.anchored(name).matches(name)).isTrue();
        assertThat(PathGlob.anchored(name).matches(name + "c")).isFalse();
        String tail = name.substring(40);
        assertThat(PathGlob.gitignore(tail).matches("x/" + tail)).isFalse();
        assertThat(PathGlob.gitignore("**/" + tail).matches(name)).isTrue();
        assertThat(PathGlob.gitignore("**/" + tail).matches(name.replace("file", "fyle"))).isFalse();
    }

    @Test
    void ignoredDirectoriesCoverEveryFileBelowThemOnEveryCall() {
        LicenseIgnores ignores = LicenseIgnores.of(null, "build/\n*.pyc\n", null, null);
        for (int call = 0; call < 2; call++) {
            assertThat(ignores.ignores("tools/build/a/b.py")).isTrue();
            assertThat(ignores.ignores("tools/builder/a/b.py")).isFalse();
            assertThat(ignores.ignores("tools/builder/a/b.pyc")).isTrue();
            assertThat(ignores.ignores("build")).isTrue();
        }
    }

    @Test
    void literalsInsideAPatternMustAllBeThereInOrder() {
        PathGlob generated = PathGlob.gitignore("**/*_pb2*");
        assertThat(generated.matchesExactly("skywalking/protocol/common/Common_pb2.py")).isTrue();
        assertThat(generated.matchesExactly("x_pb2_grpc.py")).isTrue();
        assertThat(generated.matchesExactly("skywalking/protocol/common/Common_pb.py")).isFalse();
        PathGlob ordered = PathGlob.anchored("a*bc*de");
        assertThat(ordered.matchesExactly("a-bc-de")).isTrue();
        assertThat(ordered.matchesExactly("a-de-bc-de")).isTrue();
        assertThat(ordered.matchesExactly("a-de-bc")).isFalse();
        assertThat(ordered.matchesExactly("abcde/x")).isFalse();
    }
}
