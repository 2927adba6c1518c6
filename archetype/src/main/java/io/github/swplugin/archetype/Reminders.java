package io.github.swplugin.archetype;

import io.github.swplugin.core.FileTransaction;

/** What the user is told after the plugin landed: what changed and the exact next steps. */
final class Reminders {
    private Reminders() {
    }

    static String text(PluginSpec spec, Component component, String testDir, FileTransaction changes, boolean pyprojectEdited,
            boolean docsRegenerated) {
        StringBuilder out = new StringBuilder();
        out.append("swplugin: generated sw_").append(spec.pluginName()).append(" (").append(spec.type().id())
                .append(spec.async() ? ", async" : "").append(spec.cExtension() ? ", C extension" : "").append(")\n");
        out.append("  created: ").append(String.join("\n           ", changes.created())).append('\n');
        out.append("  edited:  ");
        out.append(component.added() ? Scaffold.INIT + " (Component." + component.name() + " = " + component.id() + ", "
                + origin(spec, component) + ")" : Scaffold.INIT + " unchanged (Component." + component.name() + " = " + component.id()
                + " reused)");
        out.append(pyprojectEdited ? "\n           " + Scaffold.PYPROJECT + " (" + spec.library() + " in the plugins group)"
                : "\n           " + Scaffold.PYPROJECT + " unchanged (" + spec.library() + " is listed already)");
        if (docsRegenerated) {
            out.append("\n           docs/en/setup/Plugins.md (regenerated, as make doc-gen does)");
        }
        if (spec.preset() != null) {
            out.append("\n  from the ").append(spec.preset().name()).append(" preset: the instrumentation, the test's services and its")
                    .append(" expected.data.yml are complete");
        } else if (spec.presetSkipped() != null) {
            out.append("\n  note: ").append(spec.presetSkipped());
        }
        out.append("\nNext:\n");
        int n = 1;
        if (spec.preset() == null) {
            out.append("  ").append(n++).append(". Fill in the places marked TODO(swplugin): mvn swplugin:validate lists each one\n");
        }
        if (component.needsRegistration()) {
            out.append("  ").append(n++).append(". Register ").append(component.name()).append(" = ").append(component.id())
                    .append(" in apache/skywalking (oap-server/server-starter/src/main/resources/component-libraries.yml, languages: Python)")
                    .append(" and add its logo to apache/skywalking-booster-ui (src/assets/img/technologies)\n");
        }
        out.append("  ").append(n++).append(". make lint\n");
        out.append("  ").append(n++).append(". mvn swplugin:validate\n");
        out.append("  ").append(n).append(". poetry run pytest -v ").append(testDir).append("/   (after building the plugin test image)\n");
        out.append("All new files carry the Apache-2.0 license header.");
        return out.toString();
    }

    private static String origin(PluginSpec spec, Component component) {
        boolean presets = spec.preset() != null && String.valueOf(component.id()).equals(spec.preset().properties().get("componentId"));
        return component.origin() == Component.Origin.GIVEN && presets ? "SkyWalking's id, from the " + spec.preset().name() + " preset"
                : component.origin().description;
    }
}
