package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Survey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fixed text of the form in the form's locale: the MHLW survey (fully bilingual) generated in
 * English has no Japanese character anywhere in its page — text, attributes, the rules JSON with
 * the script's texts — whether empty or rendered with every kind of violation; in Japanese it keeps
 * its Japanese texts; a survey in English alone needs no Japanese at all.
 */
class FormLocaleTest {

    /** Han, kana, CJK symbols and punctuation (「」、。), full-width forms (：（）). */
    static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\u3000-\u303F\uFF00-\uFFEF]");

    static final Map<String, List<String>> BAD_MHLW = Map.of("Q1-1", List.of("x".repeat(101)),
            "Q2-1", List.of("yes"), "Q2-2", List.of("yes"), "Q2-3", List.of("other"), "Q13", List.of("abc"),
            "Q17-1", List.of("no"), "Q17-2", List.of("yes"), "Q99", List.of("?"));

    @TempDir
    Path root;

    /** Each Japanese character with some context, for a message that shows where it is. */
    static List<String> japanese(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = JAPANESE.matcher(html);
        while (m.find()) {
            found.add(html.substring(Math.max(0, m.start() - 40), Math.min(html.length(), m.end() + 20)));
        }
        return found;
    }

    @Test
    void theEnglishMhlwFormHasNoJapaneseCharacter() throws IOException {
        FormPages pages = FormPages.write(TestSurveys.mhlw(), "en", root);
        String errored = pages.afterSubmit(BAD_MHLW);
        assertThat(errored).contains("id=\"sg-error-summary\"").contains("Q99: ");
        for (String page : List.of(pages.staticPage, errored)) {
            assertThat(japanese(page)).isEmpty();
            assertThat(page).contains("<html lang=\"en\">", ">Skip to the form</a>", ">Submit</button>",
                    "(required)</span>", "<summary>How to answer</summary>", "<summary>References</summary>",
                    ">Yes</label>", ">No</label>", "Answers you entered earlier are saved on this device.",
                    "\"errorSummaryTitle\":\"There is a problem\"", "\"errorSummaryItem\":[\"\",\"question\",\": \",\"message\",\"\"]",
                    "\"draftRestored\":\"Your saved answers have been restored.\"");
        }
        assertThat(errored).contains("<title>Error: ", ">There is a problem</h2>",
                "<span class=\"sg-visually-hidden\">Error: </span>");
    }

    @Test
    void theJapaneseMhlwFormKeepsItsTexts() throws IOException {
        FormPages pages = FormPages.write(TestSurveys.mhlw(), "ja", root);
        String errored = pages.afterSubmit(BAD_MHLW);
        for (String page : List.of(pages.staticPage, errored)) {
            assertThat(page).contains("<html lang=\"ja\">", ">フォームへ移動</a>", ">送信する</button>", "※必須</span>",
                    "<summary>回答要領</summary>", ">はい</label>", "\"errorSummaryTitle\":\"入力内容に問題があります\"")
                    .doesNotContain("Submit", "(required)", "How to answer", "There is a problem");
        }
        assertThat(errored).contains("<title>エラー：", "Q99：");
    }

    /**
     * No English fixed text in the Japanese form: every literal piece of every English catalogue
     * text (the words between its arguments, four letters or more) is searched for in the empty and
     * the errored Japanese page, script texts and all. The MHLW definition's own texts are all
     * Japanese, so anything English found would be a fixed text left untranslated.
     */
    @Test
    void theJapaneseMhlwFormHasNoEnglishFixedText() throws IOException {
        Catalogue english = Catalogue.of("en", "en");
        FormPages pages = FormPages.write(TestSurveys.mhlw(), "ja", root);
        List<String> jaPages = List.of(pages.staticPage, pages.afterSubmit(BAD_MHLW));
        int searched = 0;
        for (String key : Catalogue.keySet()) {
            for (String piece : literalPieces(english.pattern(key))) {
                // As words: "Select" is no finding in the rules JSON's "minSelections".
                Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}])(" + Pattern.quote(piece) + "|"
                        + Pattern.quote(piece.replace("'", "&#39;")) + ")(?![\\p{L}\\p{N}])");
                for (String page : jaPages) {
                    Matcher found = words.matcher(page);
                    assertThat(found.find() ? page.substring(Math.max(0, found.start() - 60), found.end() + 20) : "")
                            .as("English text of %s: \"%s\"", key, piece).isEmpty();
                }
                searched++;
            }
        }
        assertThat(searched).as("pieces searched").isGreaterThan(40);
    }

    /** The literal text of a MessageFormat pattern outside its arguments, cut at them, trimmed. */
    static List<String> literalPieces(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                if (depth == 0) {
                    piece.append('\'');
                }
                i++;
            } else if (c == '{') {
                depth++;
                pieces.add(piece.toString());
                piece.setLength(0);
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces.stream().map(String::strip).filter(text -> text.codePoints().filter(Character::isLetter).count() >= 4)
                .toList();
    }

    private static final String ENGLISH_ONLY = """
            surveygen: 1
            id: english
            title: Patient questionnaire
            locale: en
            sections:
              - id: s
                title: About you
                questions:
                  - {id: smoker, type: yes-no, label: "Do you smoke?"}
                  - id: per-day
                    type: integer
                    label: "How many a day?"
                    when: "${smoker} = yes and not (${since} is empty or ${since} < 2000)"
                    min: 1
                    unit: cigarettes
                  - {id: since, type: integer, label: "Since which year?", required: false, when: "${smoker} != no"}
                  - id: kinds
                    type: multiple-choice
                    label: "Which kinds?"
                    when: "${smoker} = yes or ${since} >= 1990"
                    choices:
                      - {code: cig, label: Cigarettes}
                      - {code: none, label: None of these, exclusive: true}
                  - {id: kinds-other, type: text, label: Other kinds, required: false, when: "${kinds} contains 'cig'"}
            """;

    @Test
    void aSurveyInEnglishAloneNeedsNoJapanese() throws IOException {
        Survey survey = TestSurveys.load("english.yaml", ENGLISH_ONLY);
        assertThat(survey.locales()).containsExactly("en");
        FormPages pages = FormPages.write(survey, root);
        String errored = pages.afterSubmit(Map.of("smoker", List.of("yes"), "kinds", List.of("cig", "none"),
                "since", List.of("x")));
        for (String page : List.of(pages.staticPage, errored)) {
            assertThat(japanese(page)).isEmpty();
        }
        assertThat(pages.staticPage).contains("Answer this question if your answer to smoker is “Yes”, and it is not the case"
                + " that (you did not answer since, or your answer to since is less than 2000).")
                .contains("Answer this question if your answer to smoker is not “No”.")
                .contains("Answer this question if your answer to smoker is “Yes”, or your answer to since is 1990 or more.")
                .contains("Answer this question if you selected “Cigarettes” in kinds.");
        assertThat(errored).contains("&quot;None of these&quot; cannot be selected with other answers.");
    }
}
