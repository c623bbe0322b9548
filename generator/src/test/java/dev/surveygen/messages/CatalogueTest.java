package dev.surveygen.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{([a-z][A-Za-z-]*)");

    @Test
    void builtInCataloguesHaveTheSameKeysAndTheSameArgumentsPerKey() {
        Catalogue ja = Catalogue.of("ja", "ja");
        Catalogue en = Catalogue.of("en", "en");
        assertThat(en.keys()).isEqualTo(ja.keys());
        for (String key : ja.keys()) {
            // {minCount} and the like choose a plural form: a locale without plurals (ja) needs none.
            assertThat(arguments(en.pattern(key))).as(key).isEqualTo(arguments(ja.pattern(key)));
        }
    }

    @Test
    void noCatalogueTextIsInTheOtherLanguage() {
        Pattern japanese = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\u3000-\u303F\uFF00-\uFFEF]");
        Catalogue en = Catalogue.of("en", "en");
        Catalogue ja = Catalogue.of("ja", "ja");
        for (String key : en.keys()) {
            assertThat(japanese.matcher(en.pattern(key)).find()).as(key + " in en: " + en.pattern(key)).isFalse();
            assertThat(japanese.matcher(ja.pattern(key)).find() || ja.pattern(key).matches("[{}a-z\\s-]*"))
                    .as(key + " in ja: " + ja.pattern(key)).isTrue();
        }
    }

    @Test
    void namedArgumentsAreFilledInAsFinishedStrings() {
        Catalogue en = Catalogue.of("en", "ja");
        assertThat(en.text("condition.eq", "question", "Q2-1", "value", "Yes")).isEqualTo("your answer to Q2-1 is “Yes”");
        assertThat(Catalogue.of("ja", "ja").text("condition.eq", "question", "Q2-1", "value", "はい"))
                .isEqualTo("Q2-1 で「はい」と回答した場合");
        // Numbers come pre-formatted: never grouped by the locale.
        assertThat(en.text("condition.gt", "question", "Q13", "value", "10000")).isEqualTo("your answer to Q13 is more than 10000");
        assertThat(en.text("form.error.prefix")).isEqualTo("Error: ");
        // A value with MessageFormat's own syntax in it is placed as it is.
        assertThat(en.text("condition.answered", "question", "{0}'x")).isEqualTo("you answered {0}'x");
    }

    @Test
    void pluralFormsAreChosenByTheCountWhileTheNumberIsPlacedAsWritten() {
        Catalogue en = Catalogue.of("en", "ja");
        assertThat(en.format("violation.length.at-least", Map.of("min", "1", "minCount", 1))).isEqualTo("Enter at least 1 character.");
        assertThat(en.format("violation.length.at-least", Map.of("min", "1000", "minCount", 1000)))
                .isEqualTo("Enter at least 1000 characters.");
        assertThat(en.format("violation.selection-count.at-most", Map.of("max", "0", "maxCount", 0))).isEqualTo("Select at most 0 answers.");
        assertThat(Catalogue.of("ja", "ja").format("violation.length.at-least", Map.of("min", "1000", "minCount", 1000)))
                .isEqualTo("1000文字以上で入力してください。");
    }

    @Test
    void partsCutATextAtItsArgumentsInTheLocalesOrder() {
        assertThat(Catalogue.of("ja", "ja").parts("form.error-summary.item", List.of("question", "message")))
                .containsExactly("", "question", "：", "message", "");
        assertThat(Catalogue.of("en", "ja").parts("form.error-summary.item", List.of("question", "message")))
                .containsExactly("", "question", ": ", "message", "");
    }

    @Test
    void anArgumentThatIsNotGivenIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> Catalogue.of("en", "ja").format("condition.eq", Map.of("question", "Q1")))
                .hasMessage("text 'condition.eq' uses the argument {value}, which it is not given; it is given [question]");
        assertThatThrownBy(() -> Catalogue.of("en", "ja").text("no.such.key"))
                .hasMessage("no text 'no.such.key' in the en catalogue");
    }

    @Test
    void aMissingKeyFallsBackToTheFallbackLocale() {
        assertThat(Catalogue.of("en", "ja").pattern("form.submit")).isEqualTo("Submit");
        assertThatThrownBy(() -> Catalogue.of("fr", "ja")).hasMessage("surveygen has no catalogue for the locale 'fr'");
        assertThatThrownBy(() -> Catalogue.of("fr", "ja", Map.of("en", Map.of("form.submit", "Send"))))
                .hasMessage("surveygen has no catalogue for the locale 'fr'");
    }

    @Test
    void aSurveysOwnTextsComeBeforeTheBuiltInOnes() {
        Map<String, Map<String, String>> own = Map.of("fr", Map.of("form.submit", "Envoyer"),
                "en", Map.of("form.export", "Keep a copy"));
        Catalogue fr = Catalogue.of("fr", "en", own);
        assertThat(fr.text("form.submit")).isEqualTo("Envoyer");
        assertThat(fr.text("form.export")).as("a key the locale lacks: the fallback's, with its own text").isEqualTo("Keep a copy");
        assertThat(Catalogue.of("en", "ja", own).text("form.submit")).isEqualTo("Submit");
        assertThat(Catalogue.problem("form.submit", "Send")).isEmpty();
        assertThat(Catalogue.problem("form.sumbit", "Send")).contains("there is no text 'form.sumbit'");
        assertThat(Catalogue.problem("violation.length.at-least", "Au moins {minCount,choice,0#{min} caractères|1#{min} caractère|1<{min} caractères}."))
                .isEmpty();
        assertThat(Catalogue.problem("violation.required.enter", "Enter {what}.")).contains(
                "text 'violation.required.enter' uses the argument {what}, which this text does not have; it has []");
        assertThat(Catalogue.problem("form.submit", "Send {")).get().asString().startsWith(
                "the text of 'form.submit' is not a message pattern (");
    }

    private static TreeSet<String> arguments(String pattern) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            if (!m.group(1).endsWith("Count")) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
