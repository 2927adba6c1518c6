package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.Place;
import io.github.swplugin.collector.CollectorData.Text;

/**
 * One expected value against one received value, as the collector's element assertors judge it: the
 * Python agent's pinned one, or the newer one the Java agent's tests pin (prefix operators).
 */
final class ValueAssert {
    private ValueAssert() {
    }

    /**
     * Throws {@link Mismatch} when the value fails, {@link Rejected} where the collector's assertor
     * throws (a number operator on a non-number, {@code nq} on a missing value); an absent or YAML-null
     * expectation accepts anything.
     */
    static void check(String what, Text expected, String actual, int depth, Agent agent) {
        if (expected.value() == null) {
            return;
        }
        Expression expression = agent == Agent.PYTHON ? Expression.parse(expected.value()) : Expression.parseNewer(expected.value());
        boolean accepted = switch (expression.operator()) {
            case NULL -> actual == null || actual.isEmpty();
            case NOT_NULL -> actual != null;
            case NOT_BLANK -> actual != null && !actual.trim().isEmpty();
            case EQ, LITERAL -> expression.operand().equals(actual);
            case NQ -> {
                if (actual == null) {
                    throw new Rejected(expected.place(), what + " '" + expected.value()
                            + "': nothing was received to compare, and the collector fails on that (NullPointerException)");
                }
                yield !expression.operand().equals(actual.trim());
            }
            // written as the collector compares, so that NaN passes as it does there
            case GT -> !(number(what, actual, expected.place()) <= number(what, expression.operand(), expected.place()));
            case GE -> !(number(what, actual, expected.place()) < number(what, expression.operand(), expected.place()));
            case START_WITH -> actual != null && actual.startsWith(expression.operand());
            case END_WITH -> actual != null && actual.endsWith(expression.operand());
        };
        if (!accepted) {
            throw new Mismatch(expected.place(), depth, what + ": expected " + show(expected.value()) + ", received "
                    + show(actual));
        }
    }

    private static double number(String what, String text, Place place) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new Rejected(place, what + ": " + show(text) + " is not a number, and the collector fails on that"
                    + " (NumberFormatException)");
        }
    }

    static String show(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
