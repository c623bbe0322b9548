package dev.surveygen.cli;

import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Constraints;
import dev.surveygen.model.Question;
import dev.surveygen.model.Reference;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The JSON shape of {@code surveygen model}: texts in one locale, every question in definition
 * order, optional fields omitted when absent ({@code condition} is always there, null when the
 * question has none). Documented in docs/cli.md; a public contract.
 */
final class ModelJson {

    private final Survey survey;
    private final String locale;

    private ModelJson(Survey survey, String locale) {
        this.survey = survey;
        this.locale = locale;
    }

    static Map<String, Object> of(Survey survey, String locale) {
        return new ModelJson(survey, locale).survey();
    }

    private Map<String, Object> survey() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", 1);
        out.put("id", survey.id());
        out.put("title", text(survey.title()));
        survey.version().ifPresent(v -> out.put("version", v));
        out.put("locale", locale);
        out.put("defaultLocale", survey.defaultLocale());
        out.put("locales", survey.locales());
        survey.description().ifPresent(d -> out.put("description", text(d)));
        out.put("fullWidthDigits", survey.digitPolicy().keyword());
        List<Object> sections = new ArrayList<>();
        for (Section section : survey.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", section.id());
            s.put("title", text(section.title()));
            section.description().ifPresent(d -> s.put("description", text(d)));
            s.put("condition", section.condition().map(c -> c.source()).orElse(null));
            s.put("questions", section.questions().stream().map(Question::id).toList());
            sections.add(s);
        }
        out.put("sections", sections);
        List<Object> questions = new ArrayList<>();
        survey.questions().forEach(q -> questions.add(question(q)));
        out.put("questions", questions);
        Map<String, Object> lists = new LinkedHashMap<>();
        survey.choiceLists().forEach((name, list) -> lists.put(name, choices(list)));
        out.put("choiceLists", lists);
        return out;
    }

    private Map<String, Object> question(Question q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("section", q.sectionId());
        out.put("type", q.type().keyword());
        out.put("label", text(q.label()));
        q.hint().ifPresent(h -> out.put("hint", text(h)));
        q.help().ifPresent(h -> out.put("help", text(h)));
        if (!q.references().isEmpty()) {
            List<Object> refs = new ArrayList<>();
            for (Reference r : q.references()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("title", text(r.title()));
                r.section().ifPresent(s -> ref.put("section", text(s)));
                r.quote().ifPresent(s -> ref.put("quote", text(s)));
                r.url().ifPresent(u -> ref.put("url", u));
                refs.add(ref);
            }
            out.put("references", refs);
        }
        out.put("required", q.required());
        out.put("condition", q.condition().map(c -> c.source()).orElse(null));
        q.otherFor().ifPresent(o -> out.put("otherFor", o));
        if (q.personalData()) {
            out.put("personalData", true);
        }
        q.choices().ifPresent(list -> {
            list.name().ifPresent(n -> out.put("choiceList", n));
            out.put("choices", choices(list));
        });
        Map<String, Object> constraints = constraints(q.constraints());
        if (!constraints.isEmpty()) {
            out.put("constraints", constraints);
        }
        q.unit().ifPresent(u -> out.put("unit", text(u)));
        out.put("line", q.position().line());
        return out;
    }

    private List<Object> choices(ChoiceList list) {
        List<Object> out = new ArrayList<>();
        for (Choice choice : list.choices()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("code", choice.code());
            c.put("label", text(choice.label()));
            if (choice.exclusive()) {
                c.put("exclusive", true);
            }
            if (choice.other()) {
                c.put("other", true);
            }
            out.add(c);
        }
        return out;
    }

    private Map<String, Object> constraints(Constraints c) {
        Map<String, Object> out = new LinkedHashMap<>();
        c.min().ifPresent(v -> out.put("min", v));
        c.max().ifPresent(v -> out.put("max", v));
        c.minDate().ifPresent(v -> out.put("min", v.toString()));
        c.maxDate().ifPresent(v -> out.put("max", v.toString()));
        c.minLength().ifPresent(v -> out.put("minLength", v));
        c.maxLength().ifPresent(v -> out.put("maxLength", v));
        c.pattern().ifPresent(v -> out.put("pattern", v));
        c.patternMessage().ifPresent(v -> out.put("patternMessage", text(v)));
        c.minSelections().ifPresent(v -> out.put("minSelections", v));
        c.maxSelections().ifPresent(v -> out.put("maxSelections", v));
        return out;
    }

    private String text(Text text) {
        return text.in(locale, survey.defaultLocale());
    }

}
