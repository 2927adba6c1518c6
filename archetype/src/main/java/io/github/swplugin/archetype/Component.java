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
        SHARED("SkyWalking's id for the protocol, shared by every agent"),
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

    /** Where the id came from, in words: "as given" only when the user gave it, not a preset. */
    String origin(PluginSpec spec) {
        boolean fromPreset = spec.preset() != null && String.valueOf(id).equals(spec.preset().properties().get("componentId"));
        return origin == Origin.GIVEN && fromPreset ? "SkyWalking's id, from the " + spec.preset().name() + " preset" : origin.description;
    }

    /** Whether the enum gets a new member. */
    boolean added() {
        return origin != Origin.ENUM;
    }

    /** A new Python id must be registered in SkyWalking's component-libraries.yml. */
    boolean needsRegistration() {
        return added() && origin != Origin.REGISTRY && id >= FIRST_PYTHON_ID && id <= LAST_PYTHON_ID;
    }

    /**
     * The member the other side's spans report (a message queue's consumer, an RPC's server) when the protocol has
     * SkyWalking's shared pair; else the plugin's one component serves both sides.
     */
    static Component otherSide(PluginSpec spec, PythonEnum components, Component component) {
        SharedPair shared = spec.shared();
        if (shared == null || !component.name().equals(shared.clientName())) {
            return component;
        }
        var existing = components.byName(shared.serverName());
        if (existing.isPresent()) {
            return new Component(shared.serverName(), existing.get().id(), Origin.ENUM);
        }
        components.members().stream().filter(m -> m.id() == shared.serverId()).findFirst().ifPresent(m -> {
            throw new Clash("componentId " + shared.serverId() + ", SkyWalking's " + shared.serverName() + ", belongs to Component."
                    + m.name() + " already: pass -DcomponentName and -DcomponentId for a component of the plugin's own");
        });
        return new Component(shared.serverName(), shared.serverId(), Origin.SHARED);
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
            return new Component(name, id, spec.shared() != null ? Origin.SHARED : Origin.GIVEN);
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
