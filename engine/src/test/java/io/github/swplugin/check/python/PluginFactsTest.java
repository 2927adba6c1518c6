package io.github.swplugin.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.FileFindings;
import org.junit.jupiter.api.Test;

/** What the cache keeps of a plugin module is what parsing it again would give. */
class PluginFactsTest {
    private static final String MODULE = """
            from skywalking import Layer, Component, config
            from skywalking.trace.context import get_context
            from skywalking.trace.tags import TagDbType, TagDbStatement, TagCacheOp

            link_vector = ['https://a.example/docs', 'https://b.example/docs']
            support_matrix = {
                'b-lib': {'>=3.10': ['2.*'], '>=3.7': []},
                'a-lib[extra]': {'>=3.7': ['1.*']},
            }
            note = \"\"\"Needs a server;\\n two lines.\"\"\"


            def install():
                import b_lib
                from a_lib.client import Client

                def _sw_call(this, query):
                    with get_context().new_exit_span(op='B/call', peer='h:1', component=Component.BLib) as span:
                        span.layer = Layer.Database
                        span.tag(TagDbType('B lib'))
                        span.tag(TagDbStatement(query))
                        span.tag(TagCacheOp())
                        if config.plugin_b_lib_trace_query:
                            pass
                        return Component.Missing
            """;

    @Test
    void aModulesFactsReadBackAsTheyWereWritten() {
        PythonModule module = PythonModule.of(MODULE);
        PluginModuleCheck.Facts checked = PluginModuleCheck.check("sw_b_lib", module, new FileFindings("skywalking/plugins/sw_b_lib.py"));
        PluginFacts facts = PluginFacts.of(module, checked.libraries(), checked.docSection());
        assertThat(facts.componentRefs()).extracting(PythonModule.ComponentRef::name).containsExactly("BLib", "Missing");
        assertThat(facts.tagValues()).containsEntry("TagDbType", java.util.Set.of("B lib")).containsEntry("TagDbStatement", null);
        assertThat(facts.docSection()).isPresent();

        PluginFacts read = PluginFacts.read("sw_b_lib", facts.lines());
        assertThat(read).isEqualTo(facts);
        assertThat(read.lines()).isEqualTo(facts.lines());
        assertThat(read.libraries().orElseThrow()).containsExactly("b-lib", "a-lib[extra]");  // Plugins.md's order
    }

    @Test
    void aModuleWithoutAttributesReadsBackWithout() {
        PythonModule module = PythonModule.of("from skywalking import Component\n\nx = Component.General\n");
        PluginModuleCheck.Facts checked = PluginModuleCheck.check("sw_x", module, new FileFindings("skywalking/plugins/sw_x.py"));
        PluginFacts facts = PluginFacts.of(module, checked.libraries(), checked.docSection());
        assertThat(PluginFacts.read("sw_x", facts.lines())).isEqualTo(facts);
        assertThat(facts.libraries()).isEmpty();
        assertThat(facts.docSection()).isEmpty();
        assertThat(facts.setsMatrix()).isFalse();
    }
}
