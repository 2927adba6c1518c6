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
}
