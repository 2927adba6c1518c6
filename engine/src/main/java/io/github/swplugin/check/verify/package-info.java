/**
 * {@code swplugin:verify}'s side of the engine: reading a received dump from a file or the collector's URL within
 * limits, and turning the collector's verdict into findings.
 */
package io.github.swplugin.check.verify;
