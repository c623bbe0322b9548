package dev.surveygen.formgen;

import dev.surveygen.condition.Condition;
import dev.surveygen.json.JsonWriter;
import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.model.Reference;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed view of a survey in one locale: what the form's components print (documented in
 * docs/forms.md, "The view", for authors of component overrides). Every text is a plain string,
 * in the form's locale, that FreeMarker escapes when a component prints it; the view is written
 * into the generated template once, as JSON ({@link #json}), and read there with
 * {@code ?eval_json}. An absent optional part (a hint, a condition note) is left out of the JSON,
 * so components test it with {@code ??}.
 */
final class FormView {

    /** The whole page: the survey's id, the form's locale, its fixed texts, title, description and sections. */
    record Page(String id, String lang, Texts texts, String title, List<List<String>> description,
            List<SectionView> sections, Map<String, String> anchors) {

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("lang", lang);
            out.put("texts", texts.json());
            out.put("title", title);
            out.put("description", description);
            List<Object> s = new ArrayList<>();
            sections.forEach(section -> s.add(section.json()));
            out.put("sections", s);
            out.put("anchors", anchors);
            return out;
        }
    }

    /**
     * The form's fixed texts in its locale, from the catalogue; {@code errorSummaryItem} is the
     * summary line cut at its arguments (literal texts at even indices, the names of the
     * violation's fields, {@code question} and {@code message}, at odd ones).
     */
    record Texts(String skipLink, String required, String optional, String help, String references,
            String errorPrefix, String errorSummaryTitle, List<String> errorSummaryItem, String draftNotice,
            String draftRestore, String draftDiscard, String submit, String export, String importFile) {

        static Texts of(Catalogue catalogue) {
            return new Texts(catalogue.text("form.skip-link"), catalogue.text("form.tag.required"),
                    catalogue.text("form.tag.optional"), catalogue.text("form.guidance.help"),
                    catalogue.text("form.guidance.references"), catalogue.text("form.error.prefix"),
                    catalogue.text("form.error-summary.title"),
                    catalogue.parts("form.error-summary.item", List.of("question", "message")),
                    catalogue.text("form.draft.notice"), catalogue.text("form.draft.restore"),
                    catalogue.text("form.draft.discard"), catalogue.text("form.submit"), catalogue.text("form.export"),
                    catalogue.text("form.import"));
        }

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("skipLink", skipLink);
            out.put("required", required);
            out.put("optional", optional);
            out.put("help", help);
            out.put("references", references);
            out.put("errorPrefix", errorPrefix);
            out.put("errorSummaryTitle", errorSummaryTitle);
            out.put("errorSummaryItem", errorSummaryItem);
            out.put("draftNotice", draftNotice);
            out.put("draftRestore", draftRestore);
            out.put("draftDiscard", draftDiscard);
            out.put("submit", submit);
            out.put("export", export);
            out.put("import", importFile);
            return out;
        }
    }

    /** A section: {@code htmlId} is {@code s-ID}; {@code when} is its condition in words. */
    record SectionView(String id, String htmlId, String title, List<List<String>> description, Optional<String> when,
            List<QuestionView> questions) {

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("htmlId", htmlId);
            out.put("title", title);
            out.put("description", description);
            when.ifPresent(w -> out.put("when", w));
            List<Object> q = new ArrayList<>();
            questions.forEach(question -> q.add(question.json()));
            out.put("questions", q);
            return out;
        }
    }

    /**
     * A question. {@code kind} names the component that shows it: {@code note}, {@code radio}
     * (yes-no, single-choice), {@code checkbox}, {@code text}, {@code textarea}, {@code integer},
     * {@code decimal}, {@code date}. {@code describedBy} lists the ids of the condition note and the
     * hint; {@code anchor} is the id the error summary links to.
     */
    record QuestionView(String id, String htmlId, String kind, String label, boolean required, Optional<String> hint,
            List<List<String>> help, List<ReferenceView> references, Optional<String> when, Optional<String> unit,
            boolean personal, List<ChoiceView> choices, String describedBy, String anchor) {

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("htmlId", htmlId);
            out.put("kind", kind);
            out.put("label", label);
            out.put("required", required);
            hint.ifPresent(h -> out.put("hint", h));
            out.put("help", help);
            List<Object> refs = new ArrayList<>();
            references.forEach(r -> refs.add(r.json()));
            out.put("references", refs);
            when.ifPresent(w -> out.put("when", w));
            unit.ifPresent(u -> out.put("unit", u));
            out.put("personal", personal);
            List<Object> c = new ArrayList<>();
            choices.forEach(choice -> c.add(choice.json()));
            out.put("choices", c);
            out.put("describedBy", describedBy);
            out.put("anchor", anchor);
            return out;
        }
    }

    /** A reference: title, section, the quoted passage as paragraphs of lines, and a URL shown as text. */
    record ReferenceView(String title, Optional<String> section, List<List<String>> quote, Optional<String> url) {

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("title", title);
            section.ifPresent(s -> out.put("section", s));
            out.put("quote", quote);
            url.ifPresent(u -> out.put("url", u));
            return out;
        }
    }

    /** A choice: its code, its id ({@code q-ID=CODE}) and label. */
    record ChoiceView(String code, String htmlId, String label) {

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("code", code);
            out.put("htmlId", htmlId);
            out.put("label", label);
            return out;
        }
    }

    private final Survey survey;
    private final String locale;
    private final Catalogue catalogue;
    private final ConditionWording wording;

    FormView(Survey survey, String locale, Catalogue catalogue) {
        this.survey = survey;
        this.locale = locale;
        this.catalogue = catalogue;
        this.wording = new ConditionWording(survey, locale, catalogue);
    }

    /** The view of the survey. */
    Page page() {
        List<SectionView> sections = new ArrayList<>();
        Map<String, String> anchors = new LinkedHashMap<>();
        for (Section section : survey.sections()) {
            List<QuestionView> questions = new ArrayList<>();
            for (Question q : section.questions()) {
                QuestionView view = question(q);
                anchors.put(q.id(), view.anchor());
                questions.add(view);
            }
            sections.add(new SectionView(section.id(), "s-" + section.id(), text(section.title()),
                    section.description().map(this::paragraphs).orElse(List.of()),
                    section.condition().map(c -> plain(catalogue.text("condition.section", "condition",
                            wording.of(c.expr())))),
                    List.copyOf(questions)));
        }
        return new Page(survey.id(), locale, Texts.of(catalogue), text(survey.title()),
                survey.description().map(this::paragraphs).orElse(List.of()), List.copyOf(sections), anchors);
    }

    /**
     * The view as JSON for a FreeMarker raw string literal ({@code r'…'}): the one character that
     * would end the literal, {@code '}, is written as the JSON escape of U+0027, which JSON reads back as it was.
     */
    static String json(Page page) {
        return JsonWriter.write(page.json()).replace("'", "\\u0027");
    }

    private QuestionView question(Question q) {
        String htmlId = "q-" + q.id();
        List<ReferenceView> references = new ArrayList<>();
        for (Reference r : q.references()) {
            references.add(new ReferenceView(text(r.title()), r.section().map(this::text),
                    r.quote().map(this::paragraphs).orElse(List.of()), r.url().map(FormView::plain)));
        }
        Optional<String> hint = q.hint().map(this::text);
        Optional<String> when = q.condition().filter(c -> !hintStatesCondition(q, c)).map(Condition::expr)
                .map(e -> plain(catalogue.text("condition.question", "condition", wording.of(e))));
        List<ChoiceView> choices = new ArrayList<>();
        if (q.type() == QuestionType.YES_NO) {
            choices.add(choice(htmlId, "yes", catalogue.text("form.answer.yes")));
            choices.add(choice(htmlId, "no", catalogue.text("form.answer.no")));
        }
        q.choices().ifPresent(list -> {
            for (Choice c : list.choices()) {
                choices.add(choice(htmlId, c.code(), c.label().in(locale, survey.defaultLocale())));
            }
        });
        List<String> describedBy = new ArrayList<>();
        when.ifPresent(w -> describedBy.add(htmlId + ".when"));
        hint.ifPresent(h -> describedBy.add(htmlId + ".hint"));
        return new QuestionView(q.id(), htmlId, kind(q.type()), text(q.label()), q.required(), hint,
                q.help().map(this::paragraphs).orElse(List.of()), List.copyOf(references), when,
                q.unit().map(this::text), q.personalData(), List.copyOf(choices), String.join(" ", describedBy),
                choices.isEmpty() ? htmlId : choices.get(0).htmlId());
    }

    /**
     * Whether the author's hint already says when the question applies, as the MHLW survey's do
     * (「Q17-1に対して「はい」を選択した方が対象となる質問です。」 for {@code ${Q17-1} = yes}): it
     * names every question the condition reads. Then the generated note would say the same thing a
     * second time when the script is off, so the hint alone is shown.
     */
    private boolean hintStatesCondition(Question q, Condition condition) {
        if (q.hint().isEmpty()) {
            return false;
        }
        String hint = q.hint().get().in(locale, survey.defaultLocale());
        return condition.expr().references().stream().allMatch(ref -> namesQuestion(hint, ref.questionId()));
    }

    /** Whether {@code text} contains {@code id} as a whole id ({@code Q1} is not in {@code Q17-1}). */
    static boolean namesQuestion(String text, String id) {
        for (int at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
            boolean startsWord = at == 0 || !isIdChar(text.charAt(at - 1));
            int end = at + id.length();
            boolean endsWord = end == text.length() || !isIdChar(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /**
     * A choice's id is the question's with {@code =} and the code ({@code q-Q2-3=other}); the
     * question's own parts use {@code .} and a fixed word ({@code q-Q1.hint}). Ids and codes hold
     * neither character, so a code such as {@code hint} cannot take the id of the hint.
     */
    private static ChoiceView choice(String htmlId, String code, String label) {
        return new ChoiceView(code, htmlId + "=" + code, plain(label));
    }

    private static String kind(QuestionType type) {
        return switch (type) {
            case YES_NO, SINGLE_CHOICE -> "radio";
            case MULTIPLE_CHOICE -> "checkbox";
            case LONG_TEXT -> "textarea";
            default -> type.keyword();
        };
    }

    private String text(Text text) {
        return plain(text.in(locale, survey.defaultLocale()));
    }

    /** A long text split at blank lines; line breaks inside a paragraph are kept as lines. */
    private List<List<String>> paragraphs(Text text) {
        List<List<String>> out = new ArrayList<>();
        for (String paragraph : text.in(locale, survey.defaultLocale()).split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                List<String> lines = new ArrayList<>();
                for (String line : paragraph.strip().split("\\n")) {
                    lines.add(plain(line.strip()));
                }
                out.add(List.copyOf(lines));
            }
        }
        return List.copyOf(out);
    }

    /** A text as a page may show it: carriage returns dropped, other control characters (but line feeds and tabs) as spaces. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
        }
        return out.toString();
    }
}
