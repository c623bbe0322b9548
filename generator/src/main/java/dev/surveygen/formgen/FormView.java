package dev.surveygen.formgen;

import dev.surveygen.rules.BrowserRules;
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


/**
 * The data model of the generator's {@code form.ftlh} (documented in docs/forms.md for authors of
 * template overrides): plain maps and lists; every text from the definition and every fixed text
 * of the form (from the locale's {@link Catalogue}, in {@code texts}) is already escaped markup
 * ({@link HtmlText}); ids and codes are plain strings (their characters need no escaping).
 */
final class FormView {

    private final Survey survey;
    private final String locale;
    private final Catalogue catalogue;
    private final ConditionWording wording;

    FormView(Survey survey, String locale) {
        this.survey = survey;
        this.locale = locale;
        this.catalogue = Catalogue.of(locale, survey.defaultLocale());
        this.wording = new ConditionWording(survey, locale, catalogue);
    }

    /** The catalogue keys of the fixed texts the template prints, by their name in {@code texts}. */
    private static final Map<String, String> TEMPLATE_TEXTS = texts(
            "skipLink", "form.skip-link", "required", "form.tag.required", "optional", "form.tag.optional",
            "help", "form.guidance.help", "references", "form.guidance.references", "errorPrefix", "form.error.prefix",
            "errorSummaryTitle", "form.error-summary.title", "draftNotice", "form.draft.notice",
            "draftRestore", "form.draft.restore", "draftDiscard", "form.draft.discard", "submit", "form.submit",
            "export", "form.export", "import", "form.import");

    private static Map<String, String> texts(String... nameAndKey) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndKey.length; i += 2) {
            out.put(nameAndKey[i], nameAndKey[i + 1]);
        }
        return out;
    }

    Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", survey.id());
        model.put("lang", locale);
        Map<String, Object> texts = new LinkedHashMap<>();
        TEMPLATE_TEXTS.forEach((name, key) -> texts.put(name, HtmlText.markup(catalogue.text(key))));
        texts.put("errorSummaryItem", errorSummaryItem());
        model.put("texts", texts);
        model.put("title", text(survey.title()));
        model.put("description", survey.description().map(this::paragraphs).orElse(List.of()));
        List<Object> sections = new ArrayList<>();
        Map<String, String> anchors = new LinkedHashMap<>();
        for (Section section : survey.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", section.id());
            s.put("htmlId", "s-" + section.id());
            s.put("title", text(section.title()));
            s.put("description", section.description().map(this::paragraphs).orElse(List.of()));
            s.put("when", section.condition().map(c -> HtmlText.markup(catalogue.text("condition.section", "condition",
                    wording.of(c.expr())))).orElse(null));
            List<Object> questions = new ArrayList<>();
            for (Question q : section.questions()) {
                Map<String, Object> view = question(q);
                anchors.put(q.id(), (String) view.get("anchor"));
                questions.add(view);
            }
            s.put("questions", questions);
            sections.add(s);
        }
        model.put("sections", sections);
        model.put("anchors", anchors);
        model.put("rulesJson", HtmlText.scriptJson(JsonWriter.write(BrowserRules.of(survey, locale, catalogue))));
        return model;
    }

    private Map<String, Object> question(Question q) {
        Map<String, Object> view = new LinkedHashMap<>();
        String htmlId = "q-" + q.id();
        view.put("id", q.id());
        view.put("htmlId", htmlId);
        view.put("kind", kind(q.type()));
        view.put("label", text(q.label()));
        view.put("required", q.required());
        view.put("hint", q.hint().map(this::text).orElse(null));
        view.put("help", q.help().map(this::paragraphs).orElse(List.of()));
        List<Object> references = new ArrayList<>();
        for (Reference r : q.references()) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("title", text(r.title()));
            ref.put("section", r.section().map(this::text).orElse(null));
            ref.put("quote", r.quote().map(this::paragraphs).orElse(List.of()));
            ref.put("url", r.url().map(HtmlText::markup).orElse(null));
            references.add(ref);
        }
        view.put("references", references);
        view.put("when", q.condition().filter(c -> !hintStatesCondition(q, c)).map(Condition::expr)
                .map(e -> HtmlText.markup(catalogue.text("condition.question", "condition", wording.of(e)))).orElse(null));
        view.put("unit", q.unit().map(this::text).orElse(null));
        view.put("personal", q.personalData());
        List<Object> choices = new ArrayList<>();
        if (q.type() == QuestionType.YES_NO) {
            choices.add(choice(htmlId, "yes", catalogue.text("form.answer.yes")));
            choices.add(choice(htmlId, "no", catalogue.text("form.answer.no")));
        }
        q.choices().ifPresent(list -> {
            for (Choice c : list.choices()) {
                choices.add(choice(htmlId, c.code(), c.label().in(locale, survey.defaultLocale())));
            }
        });
        view.put("choices", choices);
        List<String> describedBy = new ArrayList<>();
        if (view.get("when") != null) {
            describedBy.add(htmlId + ".when");
        }
        if (view.get("hint") != null) {
            describedBy.add(htmlId + ".hint");
        }
        view.put("describedBy", String.join(" ", describedBy));
        view.put("anchor", choices.isEmpty() ? htmlId : ((Map<?, ?>) choices.get(0)).get("htmlId"));
        return view;
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
    private static Map<String, Object> choice(String htmlId, String code, String label) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("code", code);
        choice.put("htmlId", htmlId + "=" + code);
        choice.put("label", HtmlText.markup(label));
        return choice;
    }

    private static String kind(QuestionType type) {
        return switch (type) {
            case YES_NO, SINGLE_CHOICE -> "radio";
            case MULTIPLE_CHOICE -> "checkbox";
            case LONG_TEXT -> "textarea";
            default -> type.keyword();
        };
    }

    /**
     * One entry of the error summary as runtime template markup: the catalogue's
     * {@code form.error-summary.item} with its {@code {question}} and {@code {message}} filled in
     * by the host's renderer ({@code ${sgViolation.question}}), the rest escaped text.
     */
    private Object errorSummaryItem() {
        StringBuilder markup = new StringBuilder();
        List<String> parts = catalogue.parts("form.error-summary.item", List.of("question", "message"));
        for (int i = 0; i < parts.size(); i++) {
            markup.append(i % 2 == 0 ? HtmlText.escape(parts.get(i)) : "${sgViolation." + parts.get(i) + "}");
        }
        try {
            return freemarker.core.HTMLOutputFormat.INSTANCE.fromMarkup(markup.toString());
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object text(Text text) {
        return HtmlText.markup(text.in(locale, survey.defaultLocale()));
    }

    /** A long text split at blank lines; line breaks inside a paragraph are kept as lines. */
    private List<Object> paragraphs(Text text) {
        List<Object> out = new ArrayList<>();
        for (String paragraph : text.in(locale, survey.defaultLocale()).split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                List<Object> lines = new ArrayList<>();
                for (String line : paragraph.strip().split("\\n")) {
                    lines.add(HtmlText.markup(line.strip()));
                }
                out.add(lines);
            }
        }
        return out;
    }

}
