/**
 * docs/en/setup/Plugins.md: the check that it is what the plugin modules generate, and the writer that regenerates it.
 */
package io.github.swplugin.check.docs;
