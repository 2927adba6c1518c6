package io.github.swplugin.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.collector.Expression.Operator;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pinned collector's grammar, case by case. */
class ExpressionTest {
    @ParameterizedTest(name = "''{0}'' is {1} ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "not null|NOT_NULL|",
        "  not null  |NOT_NULL|",
        "not blank|NOT_BLANK|",
        "null|NULL|",
        "gt 0|GT|0",
        "ge 1.5|GE|1.5",
        "eq 7|EQ|7",
        "nq 7|NQ|7",
        "gt  0|LITERAL|gt  0",
        "not  null|LITERAL|not  null",
        "start with /x|LITERAL|start with /x",
        "lt 3|LITERAL|lt 3",
        "provider:9091|LITERAL|provider:9091",
        "GET /users|LITERAL|GET /users",
    })
    void parses(String raw, Operator operator, String operand) {
        Expression expression = Expression.parse(raw);
        assertThat(expression.operator()).isEqualTo(operator);
        assertThat(expression.operand()).isEqualTo(operand == null ? "" : operand);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"provider:9091|provider:9091|true", "provider:9091|eq provider:9091|true",
        "provider:9091|provider:9092|false", "not null|anything|true", "gt 0|1|true", "eq 1|eq 2|false"})
    void compatibility(String a, String b, boolean compatible) {
        assertThat(Expression.parse(a).compatibleWith(Expression.parse(b))).isEqualTo(compatible);
    }

    /** The collector's own reading: trimmed, the operators, then split on single spaces into exactly two tokens. */
    private static Expression asTheCollectorSplits(String raw) {
        String trimmed = raw.trim();
        if (trimmed.equals("null") || trimmed.equals("not null") || trimmed.equals("not blank")) {
            return Expression.parse(trimmed);
        }
        String[] tokens = trimmed.split(" ");
        if (tokens.length == 2 && (tokens[0].equals("eq") || tokens[0].equals("nq") || tokens[0].equals("gt") || tokens[0].equals("ge"))) {
            return new Expression(Operator.valueOf(tokens[0].toUpperCase()), tokens[1].trim());
        }
        return new Expression(Operator.LITERAL, trimmed);
    }

    @Test
    void everyValueIsReadAsTheCollectorSplitsIt() {
        String[] words = {"eq", "nq", "gt", "ge", "lt", "null", "not", "blank", "0", "x", "", " ", "\t", "a b"};
        Random random = new Random(24);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder raw = new StringBuilder();
            for (int n = random.nextInt(4); n >= 0; n--) {
                raw.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "  " : random.nextInt(3) == 0 ? "" : " ");
            }
            assertThat(Expression.parse(raw.toString())).as("'%s'", raw).isEqualTo(asTheCollectorSplits(raw.toString()));
        }
    }

    @Test
    void numbersAreWhatTheDecimalGrammarAccepts() {
        Pattern decimal = Pattern.compile("[-+]?+(?:\\d++\\.?+\\d*+|\\.\\d++)(?:[eE][-+]?+\\d++)?+");
        char[] alphabet = "0123456789.eE+-x \u0661".toCharArray();
        Random random = new Random(24);
        for (int i = 0; i < 100_000; i++) {
            char[] text = new char[random.nextInt(8)];
            for (int c = 0; c < text.length; c++) {
                text[c] = alphabet[random.nextInt(alphabet.length)];
            }
            String candidate = new String(text);
            assertThat(Expression.isNumber(candidate)).as("'%s'", candidate).isEqualTo(decimal.matcher(candidate).matches());
        }
        assertThat(Expression.isNumber("1.5e-3")).isTrue();
        assertThat(Expression.isNumber(".5")).isTrue();
        assertThat(Expression.isNumber("5.")).isTrue();
        assertThat(Expression.isNumber("1e")).isFalse();
        assertThat(Expression.isNumber("-")).isFalse();
    }
}
