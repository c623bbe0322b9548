package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.model.Survey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locales a survey brings itself: a third locale (German) from a catalogue file beside the
 * definition, a real English-only survey (PHQ-9), and the definition's own {@code messages}, as
 * the one check phase loads them for lint and generate.
 */
class FormCatalogueTest {

    static final Path LOCALES = Path.of("src/test/resources/surveys/locales");

    @TempDir
    Path root;

    static Survey checked(Path definition, GenerationConfig config) throws IOException {
        SurveyCheck.Result result = new SurveyCheck(config).check(definition);
        assertThat(result.diagnostics()).isEmpty();
        return result.survey().orElseThrow();
    }

    @Test
    void aThirdLocaleFromACatalogueFileRendersWithNoJapaneseAtAll() throws IOException {
        // catalogues/catalogue_de.properties beside the definition: the default catalogue directory.
        Survey survey = checked(LOCALES.resolve("clinic-de.yaml"), GenerationConfig.defaults());
        assertThat(survey.locales()).containsExactly("de");
        FormPages pages = FormPages.write(survey, root);
        String errored = pages.afterSubmit(Map.of("visited", List.of("yes"), "visits", List.of("abc"),
                "reason", List.of("nope"), "date", List.of("2031-01-01"), "Q99", List.of("x")));
        for (String page : List.of(pages.staticPage, errored)) {
            assertThat(FormLocaleTest.japanese(page)).isEmpty();
            assertThat(page).contains("<html lang=\"de\">", ">Zum Formular springen</a>", "(Pflichtfeld)</span>",
                    ">Ja</label>", ">Nein</label>", "Beantworten Sie diese Frage, wenn Ihre Antwort auf visited \u201eJa\u201c ist.",
                    "\"errorSummaryTitle\":\"Es gibt ein Problem\"");
            assertThat(page).doesNotContain("Submit", "(required)", "How to answer", "There is a problem");
        }
        assertThat(errored).contains("<title>Fehler: Patientenbefragung</title>", ">Es gibt ein Problem</h2>",
                "visits: Geben Sie eine ganze Zahl in Ziffern ein.", "reason: Das ist keine der Antworten",
                "date: Geben Sie ein Datum bis zum 2030-12-31 ein.", "Q99: Diese Frage gibt es in dieser Umfrage nicht.");
        // The definition's messages replace the catalogue's text for this survey: the submit button.
        assertThat(pages.staticPage).contains(">Antworten senden</button>").doesNotContain(">Absenden</button>");
    }

    @Test
    void theEnglishOnlyPhq9RendersWithNoJapanese() throws IOException {
        Survey survey = checked(LOCALES.resolve("phq-9.yaml"), GenerationConfig.defaults());
        assertThat(survey.locales()).containsExactly("en");
        assertThat(survey.questions()).hasSize(10);
        FormPages pages = FormPages.write(survey, root);
        String errored = pages.afterSubmit(Map.of("Q1", List.of("several-days")));
        for (String page : List.of(pages.staticPage, errored)) {
            assertThat(FormLocaleTest.japanese(page)).isEmpty();
        }
        assertThat(pages.staticPage).contains(">Not at all</label>", "(required)</span>",
                "Answer this section if your answer to Q1 is not \u201cNot at all\u201d, or your answer to Q2 is not \u201cNot at all\u201d.");
        assertThat(errored).contains("Q2: Select an answer.");
    }

    @Test
    void anOverrideInMessagesChangesExactlyThatText() throws IOException {
        String plain = """
                surveygen: 1
                id: s
                title: Survey
                locales: [en, ja]
                locale: en
                sections:
                  - id: a
                    title: {en: A, ja: エー}
                    questions:
                      - {id: Q1, type: text, label: {en: Name, ja: 名前}, required: false}
                """.replace("title: Survey", "title: {en: Survey, ja: 調査}");
        String overridden = plain.replace("sections:", """
                messages:
                  form.tag.optional: {en: "(if you like)"}
                  violation.unknown-question: {ja: "この質問はありません。"}
                sections:""");
        Path before = Files.writeString(root.resolve("before.yaml"), plain);
        Path after = Files.writeString(root.resolve("after.yaml"), overridden);
        Survey a = checked(before, GenerationConfig.defaults());
        Survey b = checked(after, GenerationConfig.defaults());
        assertThat(b.messages()).isEqualTo(Map.of("en", Map.of("form.tag.optional", "(if you like)"),
                "ja", Map.of("violation.unknown-question", "この質問はありません。")));
        List<String> en1 = new FormGenerator(Optional.empty()).generate(a, "en").get(1).content().lines().toList();
        List<String> en2 = new FormGenerator(Optional.empty()).generate(b, "en").get(1).content().lines().toList();
        assertThat(en2).hasSameSizeAs(en1);
        for (int i = 0; i < en1.size(); i++) {
            String expected = en1.get(i).replace("<span class=\"sg-tag\">(optional)</span>",
                    "<span class=\"sg-tag\">(if you like)</span>");
            assertThat(en2.get(i)).isEqualTo(expected);
        }
        assertThat(en1).anyMatch(line -> line.contains("(optional)"));
        // The Japanese form's unknown-question message, in the rules JSON the script reads, and nothing else.
        String ja1 = new FormGenerator(Optional.empty()).generate(a, "ja").get(1).content();
        String ja2 = new FormGenerator(Optional.empty()).generate(b, "ja").get(1).content();
        assertThat(ja2).isEqualTo(ja1.replace("\"unknownMessage\":\"この調査票にない質問です。\"",
                "\"unknownMessage\":\"この質問はありません。\"")).isNotEqualTo(ja1);
    }
}
