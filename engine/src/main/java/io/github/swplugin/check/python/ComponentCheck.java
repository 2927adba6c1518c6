package io.github.swplugin.check.python;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.core.PythonEnum;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Component} enum of {@code skywalking/__init__.py}: no repeated id (without
 * {@code @unique}, Python silently turns the second name into an alias) or name, and, given the
 * registry, every id registered under a matching name for Python.
 */
public final class ComponentCheck {
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");
    /** The registry reserves this range for the Python agent. */
    public static final int PYTHON_FIRST_ID = 7000;
    public static final int PYTHON_LAST_ID = 7999;

    private ComponentCheck() {
    }

    public static void check(PythonEnum components, Optional<ComponentRegistry> registry, FileFindings findings) {
        Map<Integer, PythonEnum.Member> byId = new HashMap<>();
        Map<String, PythonEnum.Member> byName = new HashMap<>();
        for (PythonEnum.Member member : components.members()) {
            PythonEnum.Member sameId = byId.putIfAbsent(member.id(), member);
            if (sameId != null) {
                findings.add(Rule.DUPLICATE_COMPONENT, member.line(), member.column(), member.name() + " = " + member.id()
                        + " repeats the id of " + sameId.name() + " (line " + sameId.line() + "): Python makes it an alias of "
                        + sameId.name() + "; reuse Component." + sameId.name() + " or pick a free id");
            }
            // Python compares identifiers after NFKC normalisation: two spellings of one name are one member
            PythonEnum.Member sameName = byName.putIfAbsent(PythonEnum.normalised(member.name()), member);
            if (sameName != null) {
                findings.add(Rule.DUPLICATE_COMPONENT, member.line(), member.column(), member.name() + " is defined twice (first at line "
                        + sameName.line() + "): remove one");
            }
            registry.ifPresent(r -> registered(member, r, findings));
        }
    }

    private static void registered(PythonEnum.Member member, ComponentRegistry registry, FileFindings findings) {
        Optional<ComponentRegistry.Entry> entry = registry.byId(member.id());
        if (entry.isEmpty()) {
            if (member.id() >= PYTHON_FIRST_ID && member.id() <= PYTHON_LAST_ID) {
                findings.add(Rule.REGISTRY_PENDING, member.line(), member.column(), member.name() + " = " + member.id()
                        + " is not in component-libraries.yml yet: register it in apache/skywalking before release");
            } else {
                findings.add(Rule.REGISTRY_MISSING, member.line(), member.column(), member.name() + " = " + member.id()
                        + " is not in component-libraries.yml; ids outside [7000, 8000) are shared with other agents and must exist there");
            }
            return;
        }
        if (!entry.get().usedBy("Python")) {
            findings.add(Rule.REGISTRY_LANGUAGE, member.line(), member.column(), "component-libraries.yml lists " + entry.get().name()
                    + " (" + member.id() + ") for " + entry.get().languages() + " but not Python: add Python to its languages");
        }
        // names that differ only in spelling convention (KafkaProducer, kafka-producer) name the same thing, and the
        // registry names the agent's own id after its language (7000 General is "Python" there): neither can be fixed
        if (!comparable(entry.get().name()).equals(comparable(member.name())) && !entry.get().name().equalsIgnoreCase("Python")) {
            findings.add(Rule.REGISTRY_NAME, member.line(), member.column(), "id " + member.id() + " is " + member.name()
                    + " here but " + entry.get().name() + " in component-libraries.yml");
        }
    }

    private static String comparable(String name) {
        return NOT_ALPHANUMERIC.matcher(name.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }
}
