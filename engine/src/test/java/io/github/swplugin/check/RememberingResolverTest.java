package io.github.swplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** Remembering a scalar's tag never changes it: the same tags as SnakeYAML's own resolver, asked once or again. */
class RememberingResolverTest {
    private static final List<String> VALUES = List.of("not null", "null", "Null", "~", "", "0", "-1", "+1", "0x1F", "0o17", "017",
            "1_000", "1.5", ".inf", "-.Inf", ".nan", "1e3", "6.8523015e+5", "190:20:30", "yes", "No", "on", "OFF", "y", "true", "False",
            "2001-12-14", "2001-12-14t21:59:43.10-05:00", "=", "<<", "gt 0", "Exit", "Memcached/set", "${provider[0]}", "localhost:6379",
            "x".repeat(65), "1".repeat(65));

    @Test
    void givesSnakeYamlsTagsTheFirstTimeAndEveryTimeAfter() {
        Resolver snakeYaml = new Resolver();
        RememberingResolver remembering = new RememberingResolver();
        for (int pass = 0; pass < 2; pass++) {
            for (String value : VALUES) {
                for (boolean implicit : new boolean[] {true, false}) {
                    assertThat(remembering.resolve(NodeId.scalar, value, implicit)).as("'%s' implicit %s", value, implicit)
                            .isEqualTo(snakeYaml.resolve(NodeId.scalar, value, implicit));
                }
            }
        }
    }

    @Test
    void answersEveryFirstCharacterAsSnakeYamlDoes() {
        Resolver snakeYaml = new Resolver();
        RememberingResolver remembering = new RememberingResolver();
        for (char first = 0; first < 0x250; first++) {
            for (String rest : new String[] {"", "1", "0", "x", ".5", "ull", "rue", "es"}) {
                String value = first + rest;
                assertThat(remembering.resolve(NodeId.scalar, value, true)).as("'%s'", value)
                        .isEqualTo(snakeYaml.resolve(NodeId.scalar, value, true));
            }
        }
    }
}
