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
