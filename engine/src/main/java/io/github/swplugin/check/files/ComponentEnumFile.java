package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.ComponentCheck;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.core.PythonEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * skywalking/__init__.py: its Component enum (known to the later phases, and checked) and its Layer enum. What they
 * hold is kept with the file's cache entry, so that a run after a change elsewhere does not parse the module again.
 */
public final class ComponentEnumFile implements FileCheck {
    /** The facts kept with the module's cache entry: that it has a Component enum, each member, each Layer member. */
    private static final String ENUM = "component-enum";
    private static final String MEMBER = "component ";
    private static final String LAYER = "layer ";

    @Override
    public boolean reads(String path, Agent agent) {
        return path.equals(RunContext.COMPONENT_MODULE);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        Optional<PythonEnum> components = PythonEnum.read(file.text(), "Component");
        List<String> layers = PythonEnum.read(file.text(), "Layer").map(l -> l.members().stream().map(PythonEnum.Member::name).toList())
                .orElse(List.of());
        record(components, layers, context);
        // kept with what the module says as an agent source, which its cache entry holds too
        List<String> said = new ArrayList<>(context.facts(file.path()).orElse(List.of()));
        components.ifPresent(enumeration -> {
            said.add(ENUM);
            enumeration.members().forEach(m -> said.add(MEMBER + m.id() + " " + m.line() + " " + m.column() + " " + m.name()));
        });
        layers.forEach(name -> said.add(LAYER + name));
        context.facts(file.path(), said);
    }

    /** What the module said in an earlier run, recorded as if it had been read now. */
    public static void reuse(List<String> facts, RunContext context) {
        Optional<PythonEnum> components = Optional.empty();
        if (facts.contains(ENUM)) {
            components = Optional.of(PythonEnum.of(PackedStrings.fieldsAfter(facts, MEMBER, 4).stream().map(parts ->
                    new PythonEnum.Member(parts[3], Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])))
                    .toList()));
        }
        record(components, PackedStrings.after(facts, LAYER), context);
    }

    private static void record(Optional<PythonEnum> components, List<String> layers, RunContext context) {
        context.components(components);
        if (!layers.isEmpty()) {
            context.layers(List.copyOf(layers));
        }
    }

    /**
     * Checks the enum's members, against the registry when one is given: in every run, since the module's cache entry
     * holds while its own text does, whatever the registry says.
     */
    public static void checkMembers(RunContext context, Function<String, FileFindings> findingsFor) {
        context.components().ifPresent(components -> ComponentCheck.check(components, context.registry(),
                findingsFor.apply(RunContext.COMPONENT_MODULE)));
    }
}
