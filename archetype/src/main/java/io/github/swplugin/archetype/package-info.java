/**
 * What the archetype's post-generate script calls: the questions, the presets, the plan of files to write and edit,
 * and the transaction that applies it in place in a skywalking-python checkout.
 */
package io.github.swplugin.archetype;
