package io.github.swplugin.archetype;

import io.github.swplugin.check.python.ComponentCheck;
import io.github.swplugin.check.python.ComponentRegistry;
import io.github.swplugin.core.PythonEnum;
import java.util.HashSet;
import java.util.Set;

/**
 * The plugin's Component enum member: an existing one reused, or a new one with the registry's id
 * for a component SkyWalking knows, else the next free id in the Python range [7000, 8000).
 */
record Component(String name, int id, Origin origin) {
    static final int FIRST_PYTHON_ID = ComponentCheck.PYTHON_FIRST_ID;
    static final int LAST_PYTHON_ID = ComponentCheck.PYTHON_LAST_ID;

    enum Origin {
        ENUM("reused from the Component enum"),
        GIVEN("as given"),
        REGISTRY("from component-libraries.yml"),
        NEXT_FREE("the next free Python id"),
        FREE("a free Python id");

        final String description;

        Origin(String description) {
            this.description = description;
        }
    }

    /** The name or id asked for cannot be had: another one must be chosen. */
    static final class Clash extends ScaffoldException {
        Clash(String message) {
            super(message);
        }
    }

    /** Whether the enum gets a new member. */
    boolean added() {
        return origin != Origin.ENUM;
    }

    /** A new Python id must be registered in SkyWalking's component-libraries.yml. */
    boolean needsRegistration() {
        return added() && origin != Origin.REGISTRY && id >= FIRST_PYTHON_ID && id <= LAST_PYTHON_ID;
    }

    static Component choose(PluginSpec spec, PythonEnum components, ComponentRegistry registry) {
        String name = spec.componentName();
        var existing = components.byName(name);
        if (existing.isPresent()) {
            if (spec.componentId().isPresent() && spec.componentId().getAsInt() != existing.get().id()) {
                throw new Clash("Component." + name + " exists with id " + existing.get().id() + ", not "
                        + spec.componentId().getAsInt() + ": drop -DcomponentId to reuse it, or choose another -DcomponentName");
            }
            return new Component(name, existing.get().id(), Origin.ENUM);
        }
        Set<Integer> used = new HashSet<>();
        components.members().forEach(m -> used.add(m.id()));
        if (spec.componentId().isPresent()) {
            int id = spec.componentId().getAsInt();
            components.members().stream().filter(m -> m.id() == id).findFirst().ifPresent(m -> {
                throw new Clash("componentId " + id + " belongs to Component." + m.name() + " already: reuse it with"
                        + " -DcomponentName=" + m.name() + ", or drop -DcomponentId to get a free id");
            });
            return new Component(name, id, Origin.GIVEN);
        }
        var registered = registry.idOf(name);  // SkyWalking's id for a component it knows, whatever its languages
        if (registered.isPresent()) {
            return new Component(name, registered.getAsInt(), Origin.REGISTRY);
        }
        int max = used.stream().filter(id -> id >= FIRST_PYTHON_ID && id <= LAST_PYTHON_ID).max(Integer::compare).orElse(FIRST_PYTHON_ID - 1);
        for (int id = max + 1; id <= LAST_PYTHON_ID; id++) {
            if (!registry.uses(id)) {
                return new Component(name, id, Origin.NEXT_FREE);
            }
        }
        for (int id = FIRST_PYTHON_ID; id <= max; id++) {
            if (!used.contains(id) && !registry.uses(id)) {
                return new Component(name, id, Origin.FREE);
            }
        }
        throw new Clash("no free component id is left in [7000, 8000): reuse a component with -DcomponentName, or pass"
                + " -DcomponentId registered for it in component-libraries.yml");
    }
}
