package io.github.swplugin.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interactive generation asks in words, asks a wrong answer again with the reason, and confirms the values it will use. */
class ConversationTest {
    @TempDir
    Path checkout;

    private final StringWriter screen = new StringWriter();

    private Map<String, String> answer(Map<String, String> given, String... lines) {
        SampleCheckout.copyTo(checkout);
        Conversation conversation = new Conversation(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintWriter(screen, true));
        return conversation.complete(given, checkout);
    }

    @Test
    void aLibraryWithoutPresetIsAskedItsKindVersionsAndServerAtOnce() {
        Map<String, String> values = answer(Map.of("library", "clickhouse-driver"), "databse", "database", "0.2.*", "clickhouse", "");
        assertThat(values).containsEntry("pluginType", "database").containsEntry("versions", "0.2.*").containsEntry("service", "clickhouse");
        assertThat(screen.toString())
                .contains("What kind of library is clickhouse-driver")
                .contains("pluginType 'databse' is not one of web, http, database, cache, mq, rpc")
                .contains("  test server  clickhouse/clickhouse-server:24.3, reached as clickhouse:9000")
                .contains("  Python       >=3.10 (the checkout's pyproject.toml)")
                .doesNotContain("should match expression");
    }

    @Test
    void aPresetNeedsOnlyTheConfirmationAndShowsWhereItsValuesCameFrom() {
        Map<String, String> values = answer(Map.of("library", "PyMemcache"), "yes");
        assertThat(values).containsEntry("library", "PyMemcache");
        assertThat(screen.toString()).contains("  library      pymemcache (the pymemcache preset)")
                .contains("  component    Component.Memcached = 20").doesNotContain("What kind");
    }

    @Test
    void aTypoOfAPresetIsOfferedThePreset() {
        Map<String, String> values = answer(Map.of("library", "pymemcahce"), "", "yes");
        assertThat(values).containsEntry("library", "pymemcache");
        assertThat(screen.toString()).contains("There is no preset for pymemcahce. Did you mean pymemcache, which has one?")
                .doesNotContain("What kind of library");
    }

    @Test
    void changingAValueKeepsTheOthers() {
        Map<String, String> values = answer(Map.of("library", "pymemcache"), "change", "", "", "3.4.*", "", "", "", "", "", "", "", "", "y");
        assertThat(values).containsEntry("library", "pymemcache").containsEntry("versions", "3.4.*").containsEntry("pluginType", "cache");
    }

    @Test
    void quittingOrRunningOutOfInputWritesNothing() {
        // quitting is the user's choice: not a ScaffoldException, which fails the build
        assertThatThrownBy(() -> answer(Map.of("library", "pymemcache"), "quit")).isInstanceOf(Conversation.Stopped.class)
                .isNotInstanceOf(ScaffoldException.class).hasMessage("stopped at your answer: nothing was written");
        assertThatThrownBy(() -> new Conversation(new BufferedReader(new StringReader("")), new PrintWriter(screen, true))
                .complete(Map.of("library", "demo-lib"), checkout)).hasMessageContaining("the input ended");
    }
}
