/**
 * The goals. Each Mojo turns its parameters into options, calls the engine and turns its answer into Maven's: log lines,
 * a failed build or not. Nothing here decides what is right or wrong.
 */
package io.github.swplugin.maven;
