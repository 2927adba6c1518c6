/**
 * What the checks read from the agent's Python sources without running Python: literals of plugin modules and test
 * files, the Component enum, the component registry, which layers, types and components a plugin sets, and the
 * Plugins.md rows a plugin generates.
 */
package io.github.swplugin.check.python;
