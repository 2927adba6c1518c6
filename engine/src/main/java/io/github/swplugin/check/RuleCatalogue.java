package io.github.swplugin.check;

import io.github.swplugin.collector.Agent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rules as users read them, made from each rule's metadata: the docs page and {@code swplugin:rules}. */
public final class RuleCatalogue {
    /** Where the generated page is kept, relative to the project. */
    public static final String PAGE = "docs/rules.md";

    private RuleCatalogue() {
    }

    /** The rules by group, in the catalogue's order. */
    private static Map<String, List<Rule>> groups() {
        Map<String, List<Rule>> groups = new LinkedHashMap<>();
        for (Rule rule : Rule.values()) {
            groups.computeIfAbsent(rule.group(), g -> new ArrayList<>()).add(rule);
        }
        return groups;
    }

    /** Which agents' checkouts the rule runs on, in words. */
    public static String agents(Rule rule) {
        List<String> names = Arrays.stream(Agent.values()).filter(rule::appliesTo)
                .map(a -> a.name().charAt(0) + a.name().substring(1).toLowerCase(Locale.ROOT)).toList();
        return names.size() == Agent.values().length ? "every agent" : String.join(", ", names) + " only";
    }

    /** The docs page: one table per group. */
    public static String markdown() {
        StringBuilder page = new StringBuilder("# Rules\n\n")
                .append("Every finding names its rule. Errors fail the build; warnings do too under `swplugin.failOnWarning`. This\n")
                .append("page is generated from the rule catalogue (`Rule.java`): `RulePageTest` fails when it is out of date and says\n")
                .append("how to regenerate it. `mvn swplugin:rules` prints the same catalogue.\n");
        groups().forEach((group, rules) -> {
            page.append("\n## ").append(group).append("\n\n| rule | level | runs for | what it reports |\n|---|---|---|---|\n");
            for (Rule rule : rules) {
                page.append("| `").append(rule.id()).append("` | ").append(rule.severity()).append(" | ").append(agents(rule))
                        .append(" | ").append(rule.description()).append(" |\n");
            }
        });
        return page.toString();
    }

    /** The catalogue for a terminal, or the one rule asked for. */
    public static List<String> text(Optional<Rule> only) {
        List<String> lines = new ArrayList<>();
        groups().forEach((group, rules) -> {
            for (Rule rule : rules) {
                if (only.isEmpty() || only.get() == rule) {
                    lines.add(String.format("%-24s %-7s %-10s %s", rule.id(), rule.severity(), group, agents(rule)));
                    lines.add("    " + rule.description().replace("`", ""));
                }
            }
        });
        return lines;
    }

    /** The rule with this id. */
    public static Optional<Rule> find(String id) {
        return Arrays.stream(Rule.values()).filter(r -> r.id().equals(id.trim())).findFirst();
    }
}
