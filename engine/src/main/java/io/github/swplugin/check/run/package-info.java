/**
 * One run over a checkout: the walker that lists and stamps its files, the order in which the checks see them
 * (the facts the others consult first), the result cache and the placeholders report.
 */
package io.github.swplugin.check.run;
