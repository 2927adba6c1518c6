package io.github.swplugin.archetype;

import io.github.swplugin.core.FileTransaction;
import java.util.ArrayList;
import java.util.List;

/** What the user is told after the plugin landed: what changed and the exact next steps. */
final class Reminders {
    private Reminders() {
    }

    static String text(PluginSpec spec, Component component, Component otherSide, String testDir, FileTransaction changes,
            boolean pyprojectEdited, boolean docsRegenerated) {
        StringBuilder out = new StringBuilder();
        out.append("swplugin: generated sw_").append(spec.pluginName()).append(" (").append(spec.type().id())
                .append(spec.async() ? ", async" : "").append(spec.cExtension() ? ", C extension" : "").append(")\n");
        out.append("  created: ").append(String.join("\n           ", changes.created())).append('\n');
        out.append("  edited:  ");
        List<Component> members = otherSide == component ? List.of(component) : List.of(component, otherSide);
        List<String> added = members.stream().filter(Component::added)
                .map(c -> "Component." + c.name() + " = " + c.id() + ", " + c.origin(spec)).toList();
        List<String> reused = members.stream().filter(c -> !c.added()).map(c -> "Component." + c.name() + " = " + c.id()).toList();
        out.append(Scaffold.INIT).append(added.isEmpty() ? " unchanged" : " (" + String.join("; ", added) + ")");
        if (!reused.isEmpty()) {
            out.append(added.isEmpty() ? " (" : ", ").append(String.join(" and ", reused)).append(" reused").append(added.isEmpty() ? ")" : "");
        }
        out.append(pyprojectEdited ? "\n           " + Scaffold.PYPROJECT + " (" + spec.library() + " in the plugins group)"
                : "\n           " + Scaffold.PYPROJECT + " unchanged (" + spec.library() + " is listed already)");
        if (docsRegenerated) {
            out.append("\n           docs/en/setup/Plugins.md (regenerated, as make doc-gen does)");
        }
        guesses(spec, component).forEach(line -> out.append("\n  ").append(line));
        if (spec.type() == PluginType.DATABASE && spec.preset() == null) {
            out.append("\n  note: if ").append(spec.library()).append(" runs its queries through a driver the agent traces already")
                    .append(" (PyMySQL, psycopg, ...), each query gives two exit spans, the driver's inside this plugin's: expect both");
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
        // the image the tests' compose files run, built as the agent's make test builds it
        out.append("  ").append(n++).append(". docker build --build-arg BASE_PYTHON_IMAGE=3.11-slim")
                .append(" -t apache/skywalking-python-agent:latest-plugin . -f tests/plugin/Dockerfile.plugin\n");
        out.append("  ").append(n).append(". poetry run pytest -v ").append(testDir).append("/\n");
        out.append("All new files carry the Apache-2.0 license header.");
        return out.toString();
    }

    /** Every value swplugin chose itself, where it came from and the property that changes it. */
    static List<String> guesses(PluginSpec spec, Component component) {
        List<String> lines = new ArrayList<>();
        for (PluginSpec.Guess guess : spec.guesses()) {
            lines.add(guess.property() + " " + guess.value() + " (" + guess.source() + "; -D" + guess.property() + "= to change)");
        }
        if (component.origin() != Component.Origin.ENUM && component.origin() != Component.Origin.GIVEN) {
            lines.add("componentId " + component.id() + " (" + component.origin().description + "; -DcomponentId= to change)");
        }
        if (spec.type() == PluginType.DATABASE && spec.preset() == null) {
            String dbType = Scaffold.dbType(spec, component);
            lines.add("db.type " + dbType + " (" + (spec.service() != null && spec.service().dbType().isPresent()
                    ? "the database " + spec.service().name() + " is, as the agent's plugins name it" : "the component's name")
                    + "; -Dservice= to change)");
        }
        return lines.isEmpty() ? lines : prefixed(lines);
    }

    private static List<String> prefixed(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? "guessed: " : "         ") + lines.get(i));
        }
        return out;
    }
}
