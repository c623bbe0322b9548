package dev.surveygen.rules;

import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Question;
import dev.surveygen.model.Reference;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
import dev.surveygen.naming.JavaNames;
import dev.surveygen.semantics.ViolationMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved survey as JSON: {@code surveygen model}. Every text is an object with one member
 * per output locale (in the survey's declared order; a locale the definition lacks a text in gets
 * the default locale's, as the form shows it); every question carries its {@link QuestionRules}
 * with the messages per locale, so the browser's {@link BrowserRules} is this projected to one
 * locale. Documented in docs/cli.md; a public contract.
 *
 * @param format 2, the version of this JSON format
 * @param javaName the base of the generated Java types' names (the {@code java-name}, or derived from the id)
 * @param locales the locales of the texts in this output
 * @param fullWidthDigits {@code nfkc} or {@code reject}
 * @param order the order in which enablement is evaluated
 */
public record SurveyModel(
        int format,
        String id,
        String javaName,
        Map<String, String> title,
        Optional<String> version,
        String defaultLocale,
        List<String> locales,
        Optional<Map<String, String>> description,
        String fullWidthDigits,
        Reading reading,
        List<SectionModel> sections,
        List<QuestionModel> questions,
        Map<String, List<ChoiceModel>> choiceLists,
        List<String> order,
        Map<String, String> unknownMessage) {

    /** The version of this format. */
    public static final int FORMAT = 2;

    /** A position in the definition, 1-based. */
    public record Position(int line, int column) {

        static Position of(SourcePosition position) {
            return new Position(position.line(), position.column());
        }
    }

    /** @param condition as written, or {@code null} */
    public record SectionModel(String id, Map<String, String> title, Optional<Map<String, String>> description,
            String condition, List<String> questions, Position position) {}

    /**
     * @param condition the question's own condition as written (for an other-for text, the derived
     *     one), or {@code null}
     * @param personalData present only when {@code true}
     * @param choiceList the name of the shared list the choices come from
     * @param javaName the name of its accessor in the generated Java (given or derived)
     */
    public record QuestionModel(String id, String javaName, String section, String type, Map<String, String> label,
            Optional<Map<String, String>> hint, Optional<Map<String, String>> help,
            Optional<List<ReferenceModel>> references, boolean required, String condition, Optional<String> otherFor,
            Optional<Boolean> personalData, Optional<String> choiceList, Optional<List<ChoiceModel>> choices,
            Optional<Map<String, String>> unit, Position position, QuestionRules<Map<String, String>> rules) {}

    public record ReferenceModel(Map<String, String> title, Optional<Map<String, String>> section,
            Optional<Map<String, String>> quote, Optional<String> url) {}

    /**
     * @param javaName its constant in the generated enum (given or derived)
     * @param exclusive, other present only when {@code true}
     */
    public record ChoiceModel(String code, String javaName, Map<String, String> label, Optional<Boolean> exclusive,
            Optional<Boolean> other, Position position) {}

    /** The model with texts in {@code locales} (the survey's, or one of them). */
    public static SurveyModel of(Survey survey, List<String> locales) {
        // The names of the generated Java, as the generator derives them (a definition with a clash
        // has errors and no model).
        Builder b = new Builder(survey, locales, JavaNames.derive(survey, new dev.surveygen.diagnostics.Diagnostics(
                survey.sourceFile())));
        ViolationMessages messages = new ViolationMessages(survey);
        List<SectionModel> sections = new ArrayList<>();
        List<QuestionModel> questions = new ArrayList<>();
        for (Section section : survey.sections()) {
            sections.add(new SectionModel(section.id(), b.text(section.title()), section.description().map(b::text),
                    section.condition().map(c -> c.source()).orElse(null),
                    section.questions().stream().map(Question::id).toList(), Position.of(section.position())));
            for (Question q : section.questions()) {
                questions.add(b.question(q, QuestionRulesBuilder.of(q, section, messages, b::text)));
            }
        }
        Map<String, List<ChoiceModel>> lists = new LinkedHashMap<>();
        survey.choiceLists().forEach((name, list) -> lists.put(name, b.choices(list)));
        return new SurveyModel(FORMAT, survey.id(), b.names().base(), b.text(survey.title()), survey.version(), survey.defaultLocale(),
                List.copyOf(locales), survey.description().map(b::text), survey.digitPolicy().keyword(),
                Reading.current(), sections, questions, lists, BrowserRules.order(survey),
                b.text(messages.unknownQuestion()));
    }

    private record Builder(Survey survey, List<String> locales, JavaNames names) {

        Map<String, String> text(Text text) {
            Map<String, String> byLocale = new LinkedHashMap<>();
            for (String locale : locales) {
                byLocale.put(locale, text.in(locale, survey.defaultLocale()));
            }
            return byLocale;
        }

        QuestionModel question(Question q, QuestionRules<Map<String, String>> rules) {
            List<ReferenceModel> references = q.references().stream().map(this::reference).toList();
            return new QuestionModel(q.id(), names.method(q), q.sectionId(), q.type().keyword(), text(q.label()), q.hint().map(this::text),
                    q.help().map(this::text), references.isEmpty() ? Optional.empty() : Optional.of(references),
                    q.required(), q.condition().map(c -> c.source()).orElse(null), q.otherFor(),
                    q.personalData() ? Optional.of(true) : Optional.empty(), q.choices().flatMap(ChoiceList::name),
                    q.choices().map(this::choices), q.unit().map(this::text), Position.of(q.position()), rules);
        }

        ReferenceModel reference(Reference r) {
            return new ReferenceModel(text(r.title()), r.section().map(this::text), r.quote().map(this::text), r.url());
        }

        List<ChoiceModel> choices(ChoiceList list) {
            List<ChoiceModel> out = new ArrayList<>();
            for (Choice c : list.choices()) {
                out.add(new ChoiceModel(c.code(), names.enumConstant(list, c.code()), text(c.label()), c.exclusive() ? Optional.of(true) : Optional.empty(),
                        c.other() ? Optional.of(true) : Optional.empty(), Position.of(c.position())));
            }
            return out;
        }
    }
}
