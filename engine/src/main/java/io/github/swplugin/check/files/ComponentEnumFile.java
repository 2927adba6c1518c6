package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.ComponentCheck;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.core.PythonEnum;

/** skywalking/__init__.py: its Component enum (checked, and known to the later phases) and its Layer enum. */
public final class ComponentEnumFile implements FileCheck {
    @Override
    public boolean reads(String path, Agent agent) {
        return path.equals(RunContext.COMPONENT_MODULE);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        context.components(PythonEnum.read(file.text(), "Component"));
        context.components().ifPresent(c -> ComponentCheck.check(c, context.registry(), findings));
        PythonEnum.read(file.text(), "Layer").map(l -> l.members().stream().map(PythonEnum.Member::name).toList())
                .filter(names -> !names.isEmpty()).ifPresent(context::layers);
    }
}
