package io.github.swplugin.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.collector.Expression.Operator;
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
}
