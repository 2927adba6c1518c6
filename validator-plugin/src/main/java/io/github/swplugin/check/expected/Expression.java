package io.github.swplugin.check.expected;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value as the pinned mock collector reads it: the operators {@code null}, {@code not null},
 * {@code not blank}, then exactly two tokens split on single spaces whose first is {@code eq},
 * {@code nq}, {@code gt} or {@code ge}; everything else is compared literally.
 */
public record Expression(Operator operator, String operand) {

    public enum Operator {
        NULL, NOT_NULL, NOT_BLANK, EQ, NQ, GT, GE, LITERAL
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    public static Expression parse(String raw) {
        String trimmed = raw.trim();
        switch (trimmed) {
            case "null":
                return new Expression(Operator.NULL, "");
            case "not null":
                return new Expression(Operator.NOT_NULL, "");
            case "not blank":
                return new Expression(Operator.NOT_BLANK, "");
            default:
                break;
        }
        String[] tokens = trimmed.split(" ");
        if (tokens.length == 2) {
            Operator operator = switch (tokens[0]) {
                case "eq" -> Operator.EQ;
                case "nq" -> Operator.NQ;
                case "gt" -> Operator.GT;
                case "ge" -> Operator.GE;
                default -> Operator.LITERAL;
            };
            if (operator != Operator.LITERAL) {
                return new Expression(operator, tokens[1].trim());
            }
        }
        return new Expression(Operator.LITERAL, trimmed);
    }

    /** The exact value this expression demands, if it demands one ({@code x} or {@code eq x}). */
    public Optional<String> exactValue() {
        return operator == Operator.LITERAL || operator == Operator.EQ ? Optional.of(operand) : Optional.empty();
    }

    /**
     * Whether two expected values can describe the same actual value: equal when both are exact,
     * otherwise assumed compatible (a wildcard on either side).
     */
    public boolean compatibleWith(Expression other) {
        Optional<String> mine = exactValue();
        Optional<String> theirs = other.exactValue();
        return mine.isEmpty() || theirs.isEmpty() || mine.get().equals(theirs.get());
    }

    public static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    @Override
    public String toString() {
        return switch (operator) {
            case NULL -> "null";
            case NOT_NULL -> "not null";
            case NOT_BLANK -> "not blank";
            case EQ -> "eq " + operand;
            case NQ -> "nq " + operand;
            case GT -> "gt " + operand;
            case GE -> "ge " + operand;
            case LITERAL -> operand;
        };
    }
}
