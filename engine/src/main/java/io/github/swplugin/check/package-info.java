/**
 * The engine's vocabulary: the rule catalogue ({@link io.github.swplugin.check.Rule}, with each rule's
 * severity, group and the agents it applies to), findings and their order, the options of a run, and reading one
 * file or one YAML document safely. The checks live in the sub-packages; the runner in {@code run}.
 */
package io.github.swplugin.check;
