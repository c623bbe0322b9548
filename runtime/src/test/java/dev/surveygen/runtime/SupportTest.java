package dev.surveygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.runtime.Support.Answers;
import dev.surveygen.runtime.Support.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The helpers as the generated code calls them; the generator's differential tests check the wiring. */
class SupportTest {

    enum Colour {
        RED, GREEN;

        static Colour byCode(String code) {
            return switch (code) {
                case "red" -> RED;
                case "green" -> GREEN;
                default -> null;
            };
        }
    }

    private final List<String> rejected = new ArrayList<>();
    private final Support.Rejections rejections = (question, reason, value) -> rejected.add(question + " " + reason.name().toLowerCase(java.util.Locale.ROOT) + " " + value);

    @Test
    void trimsWithJavaScriptsSetAndCountsCodePoints() {
        assertThat(Support.text("\u3000 a b\u00A0\uFEFF")).isEqualTo("a b");
        assertThat(Support.text(" \u2028 ")).isNull();
        assertThat(Support.longerThan("\uD83D\uDE00\uD83D\uDE00", 2)).isFalse();
        assertThat(Support.longerThan("abc", 2)).isTrue();
        assertThat(Support.shorterThan("\uD83D\uDE00", 2)).isTrue();
    }

    @Test
    void readsFormValuesUnderTheDigitPolicy() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("n", List.of(" \uFF11\uFF13 "));
        form.put("m", new String[] {"\u0663"});
        form.put("t", List.of("a", "b"));
        form.put("c", List.of("red", "blue"));
        form.put("y", List.of("yes"));
        form.put("d", List.of("2024-02-29"));
        Answers nfkc = Answers.form(form, true, rejections);
        assertThat(nfkc.integer("n")).isEqualTo(13);
        assertThat(nfkc.integer("m")).isNull();
        assertThat(nfkc.text("t")).isNull();
        assertThat(nfkc.choices("c", Colour.class, Colour::byCode)).isNull();
        assertThat(nfkc.yesNo("y")).isTrue();
        assertThat(nfkc.date("d")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(nfkc.text("absent")).isNull();
        assertThat(Answers.form(form, false, rejections).integer("n")).isNull();
        assertThat(rejected).containsExactly("m type \u0663", "t type [a, b]", "c choice [red, blue]", "n type \uFF11\uFF13");
    }

    @Test
    void readsJsonStrictlyByType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", new BigDecimal("3.0"));
        json.put("s", "3");
        json.put("b", "true");
        json.put("blank", " ");
        json.put("c", List.of("green", " ", "red"));
        json.put("x", List.of("green", 1));
        json.put("d", " 2024-01-01 ");
        Answers in = Answers.json(json, rejections);
        assertThat(in.integer("n")).isEqualTo(3);
        assertThat(in.integer("s")).isNull();
        assertThat(in.yesNo("b")).isNull();
        assertThat(in.text("blank")).isNull();
        assertThat(in.choices("c", Colour.class, Colour::byCode)).isEqualTo(EnumSet.of(Colour.RED, Colour.GREEN));
        assertThat(in.choices("x", Colour.class, Colour::byCode)).isNull();
        assertThat(in.date("d")).isEqualTo(LocalDate.of(2024, 1, 1));
        in.note("s");
        assertThat(rejected).containsExactly("s type 3", "b type true", "x type [green, 1]", "s type 3");
    }

    @Test
    void readsFormValuesOfEitherShapeAndRejectsWhatCannotBeRead() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("note", new String[] {" ", "x"});
        form.put("many", new String[] {"a", " ", "b "});
        form.put("blank", List.of(" ", "\u3000"));
        form.put("yn", List.of("maybe"));
        form.put("c", new String[] {" green "});
        form.put("cs", new String[] {"green", " ", "red"});
        Answers in = Answers.form(form, false, rejections);
        in.note("note");
        in.note("many");
        in.note("absent");
        assertThat(in.text("many")).isNull();
        assertThat(in.text("blank")).isNull();
        assertThat(in.yesNo("yn")).isNull();
        assertThat(in.choice("c", Colour::byCode)).isEqualTo(Colour.GREEN);
        assertThat(in.choices("cs", Colour.class, Colour::byCode)).containsExactly(Colour.RED, Colour.GREEN);
        assertThat(in.choices("blank", Colour.class, Colour::byCode)).isNull();
        assertThat(in.choices("absent", Colour.class, Colour::byCode)).isNull();
        assertThat(rejected).containsExactly("note type x", "many type [a, b]", "many type [a, b]", "yn type maybe");
    }

    @Test
    void readsJsonChoicesAndOtherTypesByTheirJsonType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("c1", new BigDecimal("3"));
        json.put("c2", "blue");
        json.put("s1", List.of("blue", 1));
        json.put("s2", List.of("blue", "red"));
        json.put("s3", "red");
        json.put("s4", List.of(" "));
        json.put("y", "yes");
        json.put("d", new BigDecimal("1.50"));
        json.put("dd", "1.5");
        json.put("date", new BigDecimal("20240101"));
        json.put("note", false);
        Answers in = Answers.json(json, rejections);
        assertThat(in.choice("c1", Colour::byCode)).isNull();
        assertThat(in.choice("c2", Colour::byCode)).isNull();
        assertThat(in.choice("absent", Colour::byCode)).isNull();
        assertThat(in.choices("s1", Colour.class, Colour::byCode)).isNull();
        assertThat(in.choices("s2", Colour.class, Colour::byCode)).isNull();
        assertThat(in.choices("s3", Colour.class, Colour::byCode)).isNull();
        assertThat(in.choices("s4", Colour.class, Colour::byCode)).isNull();
        assertThat(in.yesNo("y")).isNull();
        assertThat(in.decimal("d")).isEqualTo(new BigDecimal("1.50"));
        assertThat(in.decimal("dd")).isNull();
        assertThat(in.date("date")).isNull();
        in.note("note");
        assertThat(rejected).containsExactly("c1 type 3", "c2 choice blue", "s1 type [blue, 1]", "s2 choice [blue, red]",
                "s3 type red", "y type yes", "dd type 1.5", "date type 20240101", "note type false");
    }

    @Test
    void readsFormNumbersWithinTheDigitLimitsWithoutRegularExpressions() {
        assertThat(Support.formInteger("+" + "0".repeat(40) + "999999999", false)).isEqualTo(999_999_999); // leading zeros aside
        assertThat(Support.formInteger("-2147483648", false)).isEqualTo(Integer.MIN_VALUE);
        assertThat(Support.formInteger("1".repeat(30), false)).isNull(); // within the limits, but not 32 bits
        assertThat(Support.formInteger("1".repeat(31), false)).isNull();
        for (String notInteger : new String[] {"", "-", "+", "1.0", "1e3", " 1", "0x1", "\u0661"}) {
            assertThat(Support.formInteger(notInteger, true)).as(notInteger).isNull();
        }
        assertThat(Support.formDecimal("+00012.50", false)).isEqualTo(new BigDecimal("12.50"));
        assertThat(Support.formDecimal("-" + "9".repeat(30) + "." + "9".repeat(30), false)).isNotNull();
        assertThat(Support.formDecimal("1" + "0".repeat(30), false)).isNull();
        assertThat(Support.formDecimal("0." + "1".repeat(31), false)).isNull();
        for (String notDecimal : new String[] {"1.", ".5", "1.2.3", "1,5", "--1", "1.5e1"}) {
            assertThat(Support.formDecimal(notDecimal, false)).as(notDecimal).isNull();
        }
        assertThat(Support.formDecimal("\uFF0D\uFF11\uFF12\uFF0E\uFF15", true)).isEqualTo(new BigDecimal("-12.5"));
        assertThat(Support.formDecimal("\uFF11\uFF12", false)).isNull();
        assertThat(Support.normalise("\uFF11a", true)).isEqualTo("\uFF11a"); // not a number: left to be rejected
        assertThat(Support.normalise("12", true)).isSameAs("12");
        assertThat(Support.formDate("\uFF12\uFF10\uFF12\uFF14-02-29", true)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Support.isoDate("2023-02-29")).isNull();
        assertThat(Support.isoDate("2024-2-29")).isNull();
    }

    @Test
    void readsJsonNumbersOfAnyJavaTypeWithinTheDigitLimits() {
        assertThat(Support.jsonDecimal(7L)).isEqualTo(new BigDecimal(7));
        assertThat(Support.jsonDecimal(java.math.BigInteger.TEN)).isEqualTo(BigDecimal.TEN);
        assertThat(Support.jsonDecimal(2.5d)).isEqualTo(new BigDecimal("2.5"));
        assertThat(Support.jsonDecimal(0.5f)).isEqualTo(new BigDecimal("0.5"));
        assertThat(Support.jsonDecimal(Float.NaN)).isNull();
        assertThat(Support.jsonDecimal(Double.POSITIVE_INFINITY)).isNull();
        assertThat(Support.jsonDecimal("1")).isNull();
        assertThat(Support.jsonDecimal(new BigDecimal("1E+29"))).isNotNull();
        assertThat(Support.jsonDecimal(new BigDecimal("1E+30"))).isNull(); // 31 digits before the point
        assertThat(Support.jsonDecimal(new BigDecimal("1E-31"))).isNull();
        assertThat(Support.jsonDecimal(new BigDecimal("1" + "0".repeat(70)))).isNull(); // beyond 200 bits
        assertThat(Support.jsonDecimal(new BigDecimal("0E+99"))).isNotNull();
        assertThat(Support.jsonInteger((short) 5)).isEqualTo(5);
        assertThat(Support.jsonInteger((byte) -5)).isEqualTo(-5);
        assertThat(Support.jsonInteger(-(1L << 31))).isEqualTo(Integer.MIN_VALUE);
        assertThat(Support.jsonInteger(1L << 31)).isNull();
        assertThat(Support.jsonInteger(new BigDecimal("2.5"))).isNull();
        assertThat(Support.jsonInteger(new BigDecimal("1E+10"))).isNull();
        assertThat(Support.jsonInteger(true)).isNull();
    }

    @Test
    void concatenatesIdsInOrder() {
        assertThat(Support.concat(new String[] {"a"}, new String[0], new String[] {"b", "c"})).containsExactly("a", "b", "c");
        assertThat(Support.concat()).isEmpty();
    }

    @Test
    void judgesInTheReferenceOrder() {
        assertThat(Support.checkAnswer(false, null, null, true)).isNull();
        assertThat(Support.checkAnswer(false, "a", null, true)).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(Support.checkAnswer(true, null, Outcome.CHOICE, true)).isEqualTo(Outcome.CHOICE);
        assertThat(Support.checkAnswer(true, null, Outcome.TYPE, true)).isEqualTo(Outcome.TYPE);
        assertThat(Support.checkAnswer(true, null, null, true)).isEqualTo(Outcome.REQUIRED);
        assertThat(Support.checkText(true, "abc", null, true, -1, 2, true)).isEqualTo(Outcome.LENGTH);
        assertThat(Support.checkText(true, "ab", null, true, -1, 2, true)).isEqualTo(Outcome.PATTERN);
        assertThat(Support.checkInteger(true, 65, null, true, 1, 64)).isEqualTo(Outcome.RANGE);
        assertThat(Support.checkInteger(true, 5, null, true, Long.MIN_VALUE, Long.MAX_VALUE)).isNull();
        assertThat(Support.checkDecimal(true, new BigDecimal("2.50"), null, true, null, new BigDecimal("2.5"))).isNull();
        assertThat(Support.checkDate(true, LocalDate.of(2024, 1, 2), null, true, Long.MIN_VALUE,
                LocalDate.of(2024, 1, 1).toEpochDay())).isEqualTo(Outcome.RANGE);
        Set<Colour> both = EnumSet.allOf(Colour.class);
        assertThat(Support.checkChoices(true, both, null, true, true, -1, 1)).isEqualTo(Outcome.EXCLUSIVE);
        assertThat(Support.checkChoices(true, both, null, true, false, -1, 1)).isEqualTo(Outcome.SELECTION_COUNT);
    }

    /** A value built in code that JSON cannot carry (R9, {@code uuuu-MM-dd}) is a "type" outcome, before its range. */
    @Test
    void judgesWhatJsonCannotCarryAsItsType() {
        for (String fits : List.of("1E+29", "9".repeat(30), "0E+40", "-1E-30", "0." + "0".repeat(29) + "1")) {
            assertThat(Support.checkDecimal(true, new BigDecimal(fits), null, true, null, null)).as(fits).isNull();
            assertThat(Support.fits(new BigDecimal(fits))).as(fits).isTrue();
        }
        for (String over : List.of("1E+30", "9".repeat(31), "-1E-31", "0E-31", "1." + "0".repeat(31), "1" + "0".repeat(80))) {
            assertThat(Support.checkDecimal(true, new BigDecimal(over), null, true, BigDecimal.ZERO, BigDecimal.ONE))
                    .as(over).isEqualTo(Outcome.TYPE);
            assertThat(Support.fits(new BigDecimal(over))).as(over).isFalse();
        }
        assertThat(Support.checkDate(true, LocalDate.of(10_000, 1, 1), null, true, Long.MIN_VALUE, 0)).isEqualTo(Outcome.TYPE);
        assertThat(Support.checkDate(true, LocalDate.of(-1, 12, 31), null, true, Long.MIN_VALUE, Long.MAX_VALUE))
                .isEqualTo(Outcome.TYPE);
        assertThat(Support.checkDate(true, LocalDate.of(0, 1, 1), null, true, Long.MIN_VALUE, Long.MAX_VALUE)).isNull();
        assertThat(Support.checkDate(true, LocalDate.of(9999, 12, 31), null, true, Long.MIN_VALUE, Long.MAX_VALUE)).isNull();
        assertThat(Support.isoDate(LocalDate.of(0, 1, 1).toString())).isEqualTo(LocalDate.of(0, 1, 1));
    }

    @Test
    void picksTheLocaleByTagThenLanguageThenTheDefault() {
        String[] tags = {"ja", "en", "pt-BR"};
        assertThat(Support.localeIndex(tags, java.util.Locale.JAPAN)).isZero();
        assertThat(Support.localeIndex(tags, java.util.Locale.UK)).isEqualTo(1);
        assertThat(Support.localeIndex(tags, java.util.Locale.forLanguageTag("pt-BR"))).isEqualTo(2);
        assertThat(Support.localeIndex(tags, java.util.Locale.forLanguageTag("pt-PT"))).isEqualTo(2);
        assertThat(Support.localeIndex(tags, java.util.Locale.GERMAN)).isZero();
    }

    @Test
    void writesJsonInDefinitionOrder() {
        Map<String, Object> out = new LinkedHashMap<>();
        Support.put(out, "a", null);
        Support.putDate(out, "d", LocalDate.of(2024, 3, 1));
        Support.putDate(out, "e", null);
        Support.putChoice(out, "c", Colour.GREEN, c -> c.name().toLowerCase(java.util.Locale.ROOT));
        Support.putChoices(out, "s", EnumSet.of(Colour.GREEN, Colour.RED), c -> c.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(out).containsExactly(Map.entry("d", "2024-03-01"), Map.entry("c", "green"),
                Map.entry("s", List.of("red", "green")));
    }

    @Test
    void comparesHashesAndDescribesAnswersByPosition() {
        Object[] a = {"x", new java.math.BigDecimal("2.5"), null};
        Object[] b = {"x", new java.math.BigDecimal("2.50"), null};
        assertThat(Support.sameAnswers(a, b)).isTrue();
        assertThat(Support.answersHash(a)).isEqualTo(Support.answersHash(b));
        assertThat(Support.sameAnswers(a, new Object[] {"y", new java.math.BigDecimal("2.5"), null})).isFalse();
        assertThat(Support.sameAnswers(a, new Object[] {"x", new java.math.BigDecimal("2.5"), "z"})).isFalse();
        assertThat(Support.describe("R", List.of("q1", "q2", "q3"), a, new int[] {0})).isEqualTo("R{q1=***, q2=2.5}");
        assertThat(Support.describe("R", List.of("q1", "q2", "q3"), new Object[3], new int[0])).isEqualTo("R{}");
        assertThat(Support.indexes(List.of("q1", "q2"))).containsExactlyInAnyOrderEntriesOf(Map.of("q1", 0, "q2", 1));
    }
}
