package io.github.swplugin.maven;

import io.github.swplugin.check.Rule;
import io.github.swplugin.check.RuleCatalogue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Prints the rule catalogue (id, level, group, the agents it runs for, what it reports), or one rule of it. */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {

    /** One rule's id, as findings name it (span-order); empty: every rule. */
    @Parameter(property = "swplugin.rule")
    private String rule;

    @Override
    public void execute() throws MojoExecutionException {
        Optional<Rule> only = Optional.empty();
        if (rule != null && !rule.isBlank()) {
            only = Optional.of(RuleCatalogue.find(rule).orElseThrow(() -> new MojoExecutionException("swplugin.rule: no rule '"
                    + rule.strip() + "'; the rules are " + Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", ")))));
        }
        RuleCatalogue.text(only).forEach(getLog()::info);
    }
}
