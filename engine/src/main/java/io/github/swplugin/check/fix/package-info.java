/**
 * {@code swplugin:fix}: repairs with one right answer (license headers, span order, dead keys), each proved by checking
 * the repaired text again before one transaction writes them all.
 */
package io.github.swplugin.check.fix;
