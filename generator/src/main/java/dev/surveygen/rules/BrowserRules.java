package dev.surveygen.rules;

import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Question;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.EnablementGraph;
import dev.surveygen.semantics.ViolationMessages;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules JSON of a form: the resolved survey's rules ({@link SurveyModel}'s {@code reading},
 * each question's {@code rules} and {@code order}) projected to the form's locale, with the
 * script's own texts from the catalogue. Read by {@code surveygen-rules.js}; documented in
 * docs/forms.md.
 *
 * @param digits {@code nfkc} or {@code reject}
 * @param order the order in which enablement is evaluated ({@link EnablementGraph})
 * @param unknownMessage the message of {@code unknown-question}
 */
public record BrowserRules(
        String survey,
        String version,
        String digits,
        Reading reading,
        List<QuestionRules<String>> questions,
        List<String> order,
        String unknownMessage,
        ScriptTexts texts) {

    public BrowserRules {
        questions = List.copyOf(questions);
        order = List.copyOf(order);
    }

    /** The script's own texts in the form's locale; {@code errorSummaryItem} is the summary line cut at its arguments. */
    public record ScriptTexts(String errorPrefix, String errorSummaryTitle, String draftRestored, String previewValid,
            String exported, String imported, String importFailed, List<String> errorSummaryItem) {

        static ScriptTexts of(Catalogue catalogue) {
            return new ScriptTexts(catalogue.text("form.error.prefix"), catalogue.text("form.error-summary.title"),
                    catalogue.text("script.status.draft-restored"), catalogue.text("script.status.preview-valid"),
                    catalogue.text("script.status.exported"), catalogue.text("script.status.imported"),
                    catalogue.text("script.status.import-failed"),
                    catalogue.parts("form.error-summary.item", List.of("question", "message")));
        }
    }

    public static BrowserRules of(Survey survey, String locale, Catalogue catalogue) {
        ViolationMessages messages = new ViolationMessages(survey);
        String fallback = survey.defaultLocale();
        List<QuestionRules<String>> questions = new ArrayList<>();
        for (Section section : survey.sections()) {
            for (Question q : section.questions()) {
                questions.add(QuestionRulesBuilder.of(q, section, messages, text -> text.in(locale, fallback)));
            }
        }
        return new BrowserRules(survey.id(), survey.version().orElse(""), survey.digitPolicy().keyword(),
                Reading.current(), questions, order(survey), messages.unknownQuestion().in(locale, fallback),
                ScriptTexts.of(catalogue));
    }

    static List<String> order(Survey survey) {
        return new EnablementGraph(survey).evaluationOrder().stream().map(Question::id).toList();
    }
}
