package dev.surveygen.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The condition grammar: every construct's AST (with offsets) and every syntax error's offset. */
class ConditionParserTest {

    private static Ref ref(String id, int offset) {
        return new Ref(id, offset, id.length() + 3);
    }

    private static Expr.Compare yes(String id, int offset) {
        return new Expr.Compare(ref(id, offset), Operator.EQ, new Literal.YesNo(true, offset + id.length() + 6, 3),
                offset + id.length() + 4);
    }

    @Nested
    class Comparisons {

        @Test
        void equalsYes() {
            assertThat(ConditionParser.parse("${Q1} = yes"))
                    .isEqualTo(new Expr.Compare(new Ref("Q1", 0, 5), Operator.EQ, new Literal.YesNo(true, 8, 3), 6));
        }

        @Test
        void notEqualsNo() {
            assertThat(ConditionParser.parse("${Q2-1} != no"))
                    .isEqualTo(new Expr.Compare(new Ref("Q2-1", 0, 7), Operator.NE, new Literal.YesNo(false, 11, 2), 8));
        }

        @Test
        void everyOrderingOperatorWithANumber() {
            assertThat(ConditionParser.parse("${Q13} < 8"))
                    .isEqualTo(new Expr.Compare(ref("Q13", 0), Operator.LT, new Literal.Num(new BigDecimal("8"), 9, 1), 7));
            assertThat(ConditionParser.parse("${Q13} <= 8"))
                    .isEqualTo(new Expr.Compare(ref("Q13", 0), Operator.LE, new Literal.Num(new BigDecimal("8"), 10, 1), 7));
            assertThat(ConditionParser.parse("${Q13} > 8"))
                    .isEqualTo(new Expr.Compare(ref("Q13", 0), Operator.GT, new Literal.Num(new BigDecimal("8"), 9, 1), 7));
            assertThat(ConditionParser.parse("${Q13} >= 8"))
                    .isEqualTo(new Expr.Compare(ref("Q13", 0), Operator.GE, new Literal.Num(new BigDecimal("8"), 10, 1), 7));
        }

        @Test
        void negativeDecimalNumber() {
            assertThat(ConditionParser.parse("${T}>-1.5"))
                    .isEqualTo(new Expr.Compare(ref("T", 0), Operator.GT, new Literal.Num(new BigDecimal("-1.5"), 5, 4), 4));
        }

        @Test
        void singleAndDoubleQuotedStrings() {
            assertThat(ConditionParser.parse("${Q3} = '2-4'"))
                    .isEqualTo(new Expr.Compare(ref("Q3", 0), Operator.EQ, new Literal.Str("2-4", 8, 5), 6));
            assertThat(ConditionParser.parse("${Q3} = \"it's\""))
                    .isEqualTo(new Expr.Compare(ref("Q3", 0), Operator.EQ, new Literal.Str("it's", 8, 6), 6));
        }

        @Test
        void contains() {
            assertThat(ConditionParser.parse("${Q2-3} contains 'other'"))
                    .isEqualTo(new Expr.Contains(ref("Q2-3", 0), new Literal.Str("other", 17, 7), 8));
        }

        @Test
        void isEmptyAndIsNotEmpty() {
            assertThat(ConditionParser.parse("${Q1-1} is empty")).isEqualTo(new Expr.IsEmpty(ref("Q1-1", 0), false));
            assertThat(ConditionParser.parse("${Q1-1} is not empty")).isEqualTo(new Expr.IsEmpty(ref("Q1-1", 0), true));
        }

        @Test
        void whitespaceIncludingIdeographicSpaceAndLineBreaksIsSkipped() {
            assertThat(ConditionParser.parse("\u3000${A}\n=\t yes "))
                    .isEqualTo(new Expr.Compare(new Ref("A", 1, 4), Operator.EQ, new Literal.YesNo(true, 9, 3), 6));
        }

        @Test
        void noSpacesNeededAroundSymbols() {
            assertThat(ConditionParser.parse("${A}=yes"))
                    .isEqualTo(new Expr.Compare(ref("A", 0), Operator.EQ, new Literal.YesNo(true, 5, 3), 4));
        }
    }

    @Nested
    class Precedence {

        @Test
        void andBindsTighterThanOr() {
            // ${A} = yes or ${B} = yes and ${C} = yes
            // 0            15            30
            assertThat(ConditionParser.parse("${A} = yes or ${B} = yes and ${C} = yes"))
                    .isEqualTo(new Expr.Or(List.of(yes("A", 0),
                            new Expr.And(List.of(yes("B", 14), yes("C", 29))))));
        }

        @Test
        void notBindsTighterThanAnd() {
            assertThat(ConditionParser.parse("not ${A} = yes and ${B} = yes"))
                    .isEqualTo(new Expr.And(List.of(new Expr.Not(yes("A", 4)), yes("B", 19))));
        }

        @Test
        void parenthesesOverridePrecedence() {
            assertThat(ConditionParser.parse("(${A} = yes or ${B} = yes) and ${C} = yes"))
                    .isEqualTo(new Expr.And(List.of(
                            new Expr.Or(List.of(yes("A", 1), yes("B", 15))),
                            yes("C", 31))));
        }

        @Test
        void notAppliesToAParenthesisedGroup() {
            assertThat(ConditionParser.parse("not (${A} = yes or ${B} = yes)"))
                    .isEqualTo(new Expr.Not(new Expr.Or(List.of(yes("A", 5), yes("B", 19)))));
        }

        @Test
        void doubleNegation() {
            assertThat(ConditionParser.parse("not not ${A} = yes")).isEqualTo(new Expr.Not(new Expr.Not(yes("A", 8))));
        }

        @Test
        void chainsOfTheSameOperatorAreFlat() {
            assertThat(ConditionParser.parse("${A} = yes and ${B} = yes and ${C} = yes"))
                    .isEqualTo(new Expr.And(List.of(yes("A", 0), yes("B", 15), yes("C", 30))));
            assertThat(ConditionParser.parse("${A} = yes or ${B} = yes or ${C} = yes"))
                    .isEqualTo(new Expr.Or(List.of(yes("A", 0), yes("B", 14), yes("C", 28))));
        }

        @Test
        void redundantParenthesesLeaveNoTrace() {
            assertThat(ConditionParser.parse("((${A} = yes))")).isEqualTo(yes("A", 2));
        }

        @Test
        void keywordsNeedAWordBoundaryButNotASpaceBeforeAReference() {
            assertThat(ConditionParser.parse("${A} = yes and${B} = yes"))
                    .isEqualTo(new Expr.And(List.of(yes("A", 0), yes("B", 14))));
        }

        @Test
        void referencesAreListedInSourceOrder() {
            assertThat(ConditionParser.parse("(${B} = yes or not ${A} is empty) and ${C} contains 'x'").references())
                    .extracting(Ref::questionId).containsExactly("B", "A", "C");
        }
    }

    @Nested
    class SyntaxErrors {

        private void assertError(String condition, int offset, String message) {
            ConditionSyntaxException e = catchThrowableOfType(ConditionSyntaxException.class,
                    () -> ConditionParser.parse(condition));
            assertThat(e).as("no syntax error for %s", condition).isNotNull();
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.offset()).isEqualTo(offset);
        }

        @Test
        void emptyAndBlank() {
            assertError("", 0, "empty condition");
            assertError(" \u3000 ", 0, "empty condition");
        }

        @Test
        void operatorsFromOtherLanguages() {
            assertError("${Q1} == yes", 6, "unknown operator '==' (did you mean '='?)");
            assertError("${Q1} =< 3", 6, "unknown operator '=<' (did you mean '<='?)");
            assertError("${Q1} => 3", 6, "unknown operator '=>' (did you mean '>='?)");
            assertError("${Q1} <> 3", 6, "unknown operator '<>' (did you mean '!='?)");
            assertError("${Q1} = yes && ${Q2} = no", 12, "unknown operator '&&' (did you mean 'and'?)");
            assertError("${Q1} = yes || ${Q2} = no", 12, "unknown operator '||' (did you mean 'or'?)");
            assertError("! ${Q1} = yes", 0, "unknown operator '!' (did you mean 'not'?)");
        }

        @Test
        void trueAndFalseInsteadOfYesAndNo() {
            assertError("${Q1} = true", 8, "'true' is not a value here (did you mean 'yes'?)");
            assertError("${Q1} != false", 9, "'false' is not a value here (did you mean 'no'?)");
        }

        @Test
        void nestingDeeperThan64LevelsIsReportedAtTheFirstLevelTooMany() {
            String inner = "${Q1} = yes";
            assertThat(ConditionParser.parse("(".repeat(64) + inner + ")".repeat(64))).isEqualTo(yes("Q1", 64));
            assertError("(".repeat(3000) + inner + ")".repeat(3000), 64,
                    "the condition nests 'not' and parentheses more than 64 levels deep (this '(' is level 65);"
                            + " simplify it");
            assertError("not ".repeat(3000) + inner, 256,
                    "the condition nests 'not' and parentheses more than 64 levels deep (this 'not' is level 65);"
                            + " simplify it");
            assertError("not (".repeat(40) + inner + ")".repeat(40), 160,
                    "the condition nests 'not' and parentheses more than 64 levels deep (this 'not' is level 65);"
                            + " simplify it");
            assertError("not ".repeat(100_000) + inner, 256,
                    "the condition nests 'not' and parentheses more than 64 levels deep (this 'not' is level 65);"
                            + " simplify it");
        }

        @Test
        void levelsCountOnlyWhileOpen() {
            String level64 = "(".repeat(64) + "${Q1} = yes" + ")".repeat(64);
            Expr expr = ConditionParser.parse(String.join(" and ", java.util.Collections.nCopies(200, level64)));
            assertThat(((Expr.And) expr).operands()).hasSize(200);
            assertThat(expr.references()).hasSize(200);
        }

        @Test
        void aMisplacedKeywordIsNotSuggestedAsItself() {
            assertError("${Q1} = yes not ${Q1} = no", 12,
                    "unexpected 'not'; expected 'and', 'or' or the end of the condition");
            assertError("${Q1} = yes nd ${Q1} = no", 12,
                    "unexpected 'nd'; expected 'and', 'or' or the end of the condition (did you mean 'and'?)");
        }

        @Test
        void aNumberMustBeFollowedByADelimiter() {
            assertError("${IN} = 8and ${IN} < 9", 9,
                    "a number must be followed by a space, ')' or the end of the condition, not 'a'");
            assertError("${IN} = 8-1", 9, "a number must be followed by a space, ')' or the end of the condition, not '-'");
            assertError("${IN} = 8ａ", 9, "a number must be followed by a space, ')' or the end of the condition, not 'ａ'");
            assertThat(ConditionParser.parse("(${IN} = 8)")).isInstanceOf(Expr.Compare.class);
            assertThat(ConditionParser.parse("${IN} = -8.5\u3000and ${IN} < 9")).isInstanceOf(Expr.And.class);
        }

        @Test
        void unquotedCode() {
            assertError("${Q3} = other", 8, "a choice code or text must be in quotes: write 'other'");
        }

        @Test
        void referenceWithoutDollarOrBraces() {
            assertError("{Q1} = yes", 0, "a question reference is written ${ID}, e.g. ${Q1-1}");
            assertError("$Q1 = yes", 0, "a question reference is written ${ID}, e.g. ${Q1-1}");
            assertError("Q1 = yes", 0, "unexpected 'Q1'; expected a question reference such as ${Q1-1}");
        }

        @Test
        void fullWidthSymbols() {
            assertError("${Q1} ＝ yes", 6, "full-width '＝' (did you mean '='?)");
            assertError("（${Q1} = yes）", 0, "full-width '（' (did you mean '('?)");
            assertError("${Q1} = ｙｅｓ", 8, "full-width 'ｙｅｓ' (did you mean 'yes'?)");
            assertError("＄｛Ｑ１｝ = yes", 0, "full-width '＄｛Ｑ１｝' (did you mean '${Q1}'?)");
            assertError("${Q1} >＝ 3", 7, "full-width '＝' (did you mean '='?)");
        }

        @Test
        void fullWidthSymbolsAreSuggestedOnlyWhenTheirAsciiFormWouldBeRead() {
            // '&&' is not an operator either, so '＆＆' gets no suggestion of it.
            assertError("${Q1} = yes ＆＆ ${Q1} = no", 12,
                    "unexpected '＆'; expected 'and', 'or' or the end of the condition");
            assertError("${Q1} ＝＝ yes", 6,
                    "unexpected '＝'; expected a comparison (=, !=, <, <=, >, >=), 'contains' or 'is empty'");
            // Many alternating runs: each suggestion is tried once, without nesting.
            ConditionSyntaxException e = catchThrowableOfType(ConditionSyntaxException.class,
                    () -> ConditionParser.parse("${Q1} = yes " + "＆\u3000".repeat(50_000)));
            assertThat(e.offset()).isEqualTo(12);
        }

        @Test
        void badReferences() {
            assertError("${Q1 = yes", 0, "unclosed reference; expected '}'");
            assertError("${Q1", 0, "unclosed reference; expected '}'");
            assertError("${} = yes", 0, "empty question reference");
            assertError("${Q1.2} = yes", 4, "'.' cannot appear in a question id");
            assertError("${Ｑ1} = yes", 2, "'Ｑ' cannot appear in a question id (did you mean '${Q1}'?)");
            assertError("${Q１-２} = yes", 3, "'１' cannot appear in a question id (did you mean '${Q1-2}'?)");
            assertError("${Ｑ。1} = yes", 2, "'Ｑ' cannot appear in a question id");
        }

        @Test
        void trailingGarbage() {
            assertError("${Q1} = yes )", 12, "unexpected ')'; expected 'and', 'or' or the end of the condition");
            assertError("${Q1} = yes an ${Q2} = no", 12,
                    "unexpected 'an'; expected 'and', 'or' or the end of the condition (did you mean 'and'?)");
            assertError("${Q1} = yes AND ${Q2} = no", 12,
                    "unexpected 'AND'; expected 'and', 'or' or the end of the condition (did you mean 'and'?)");
        }

        @Test
        void unbalancedParentheses() {
            assertError("(${Q1} = yes", 0, "unclosed '('");
            assertError("(${Q1} = yes ${Q2}", 13, "unexpected '$'; expected ')'");
            assertError("${Q1} = yes)", 11, "unexpected ')'; expected 'and', 'or' or the end of the condition");
        }

        @Test
        void referenceAlone() {
            assertError("${Q1}", 5,
                    "a reference alone is not a condition; compare it, e.g. ${Q1} = yes, or test ${Q1} is not empty");
            assertError("${Q1} and ${Q2} = yes", 6,
                    "a reference alone is not a condition; compare it, e.g. ${Q1} = yes, or test ${Q1} is not empty");
            assertError("(${Q1})", 6,
                    "a reference alone is not a condition; compare it, e.g. ${Q1} = yes, or test ${Q1} is not empty");
        }

        @Test
        void badValues() {
            assertError("${Q1} = ${Q2}", 8,
                    "a question can only be compared with a constant (yes, no, a number or a quoted code)");
            assertError("${Q1} = 'open", 8, "unclosed quote '");
            assertError("${Q1} = 1.2.3", 8, "'1.2.3' is not a number");
            assertError("${Q1} = 1.", 8, "'1.' is not a number");
            assertError("${Q1} = ", 8, "expected a value (yes, no, a number or a quoted code) but the condition ends");
            assertError("${Q1} = \uD83D\uDE00", 8, "unexpected '\uD83D\uDE00'; expected a value (yes, no, a number or a"
                    + " quoted code)");
        }

        @Test
        void badIsEmpty() {
            assertError("${Q1} is full", 9, "unexpected 'full'; expected 'empty'");
            assertError("${Q1} is", 8, "expected 'empty' but the condition ends");
        }

        @Test
        void danglingKeywords() {
            assertError("${Q1} = yes and", 15,
                    "expected a question reference such as ${Q1-1} but the condition ends");
            assertError("not", 3, "expected a question reference such as ${Q1-1} but the condition ends");
        }

        @Test
        void conditionBuiltInCodeRejectsBadSyntaxToo() {
            assertThatThrownBy(() -> Condition.parse("${A} ==")).isInstanceOf(ConditionSyntaxException.class);
        }
    }
}
