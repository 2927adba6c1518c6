/**
 * The mock collector's data and judgement, in one model: {@link io.github.swplugin.collector.Schema} says what an
 * expected.data.yml may hold, {@link io.github.swplugin.collector.CollectorLoader} reads it (and a received dump) as
 * the pinned collector's loader does, {@link io.github.swplugin.collector.Verdict} compares the two as the collector
 * does, and {@link io.github.swplugin.collector.ExpectedDataWriter} writes an expectation from a run. It knows
 * nothing of findings or of Maven: the engine and the goals translate its answers.
 */
package io.github.swplugin.collector;
