package io.github.swplugin.collector;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value as the pinned mock collector reads it: the operators {@code null}, {@code not null},
 * {@code not blank}, then exactly two tokens split on single spaces whose first is {@code eq},
 * {@code nq}, {@code gt} or {@code ge}; everything else is compared literally.
 */
public record Expression(Operator operator, String operand) {

    public enum Operator {
        NULL, NOT_NULL, NOT_BLANK, EQ, NQ, GT, GE, START_WITH, END_WITH, LITERAL
    }

    /** The newer collector's operators, tried in this order as prefixes of the trimmed value. */
    private static final List<Map.Entry<String, Operator>> PREFIXES = List.of(Map.entry("null", Operator.NULL),
            Map.entry("not null", Operator.NOT_NULL), Map.entry("not blank", Operator.NOT_BLANK), Map.entry("nq ", Operator.NQ),
            Map.entry("eq ", Operator.EQ), Map.entry("gt ", Operator.GT), Map.entry("ge ", Operator.GE),
            Map.entry("start with ", Operator.START_WITH), Map.entry("end with ", Operator.END_WITH));

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
        // the collector splits on single spaces: trimmed, two tokens are one space between two words
        int space = trimmed.indexOf(' ');
        if (space > 0 && trimmed.indexOf(' ', space + 1) < 0) {
            Operator operator = switch (trimmed.substring(0, space)) {
                case "eq" -> Operator.EQ;
                case "nq" -> Operator.NQ;
                case "gt" -> Operator.GT;
                case "ge" -> Operator.GE;
                default -> Operator.LITERAL;
            };
            if (operator != Operator.LITERAL) {
                return new Expression(operator, trimmed.substring(space + 1).trim());
            }
        }
        return new Expression(Operator.LITERAL, trimmed);
    }

    /**
     * A value as the collector the Java agent's tests pin reads it: an operator is any prefix of the
     * trimmed value (so {@code nullable} is the null operator and {@code gt  0} is {@code gt 0}), with
     * {@code start with} and {@code end with}; everything else is compared literally.
     */
    public static Expression parseNewer(String raw) {
        String trimmed = raw.trim();
        for (Map.Entry<String, Operator> prefix : PREFIXES) {
            if (trimmed.startsWith(prefix.getKey())) {
                boolean hasOperand = prefix.getKey().endsWith(" ");
                // the collector cuts the prefix off the untrimmed value
                String operand = hasOperand && raw.length() >= prefix.getKey().length() ? raw.substring(prefix.getKey().length()).trim() : "";
                return new Expression(prefix.getValue(), operand);
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

    /**
     * A decimal number: a sign, digits with an optional point and fraction (or a point and a fraction), and an exponent;
     * told by its characters, since every numeric field of every expectation is asked.
     */
    public static boolean isNumber(String text) {
        int length = text.length();
        int i = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int integer = digits(text, i);
        if (integer > i) {
            i = integer < length && text.charAt(integer) == '.' ? digits(text, integer + 1) : integer;
        } else if (i < length && text.charAt(i) == '.' && digits(text, i + 1) > i + 1) {
            i = digits(text, i + 1);
        } else {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int sign = i + 1 < length && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+') ? i + 2 : i + 1;
            int exponent = digits(text, sign);
            i = exponent > sign ? exponent : i;
        }
        return i == length;
    }

    /** Where the ASCII digits starting at {@code from} end. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
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
            case START_WITH -> "start with " + operand;
            case END_WITH -> "end with " + operand;
            case LITERAL -> operand;
        };
    }
}
