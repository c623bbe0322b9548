package dev.surveygen.semantics;

import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Constraints;
import dev.surveygen.model.DigitPolicy;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of every violation, worded for respondents (GOV.UK style: say what to do, not what
 * went wrong), in each of the survey's declared locales, from the built-in catalogues
 * ({@code violation.*} keys of {@link Catalogue}); the pattern message of a question, when the
 * author wrote one, replaces ours. A text of the definition that a message quotes (a unit, an
 * exclusive choice's label) is taken in the message's locale, falling back to the survey's default
 * locale. Each message is made once per question and kept: the interpreter asks for it on every
 * violation. Thread-safe.
 */
public final class ViolationMessages {

    private final List<String> locales;
    /** The survey, for its catalogue in each locale (its own texts in front of the built-in ones). */
    private final Survey survey;
    private final DigitPolicy digitPolicy;
    /** The survey's default locale: the fallback of every text of the definition. */
    private final String defaultLocale;
    private final Map<String, Text> made = new ConcurrentHashMap<>();

    public ViolationMessages(Survey survey) {
        this.survey = survey;
        this.locales = survey.locales();
        this.digitPolicy = survey.digitPolicy();
        this.defaultLocale = survey.defaultLocale();
    }

    public Text required(Question q) {
        return switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> text("violation.required.select");
            case MULTIPLE_CHOICE -> text("violation.required.select-many");
            default -> text("violation.required.enter");
        };
    }

    /** For a note, which never takes an answer, the message of its {@code type}. */
    public Text notApplicable(Question q) {
        if (q.type() == QuestionType.NOTE) {
            return type(q);
        }
        return text("violation.not-applicable");
    }

    public Text type(Question q) {
        return switch (q.type()) {
            case YES_NO -> text("violation.type.yes-no");
            case INTEGER -> text(digitPolicy == DigitPolicy.NFKC ? "violation.type.integer-nfkc" : "violation.type.integer");
            case DECIMAL -> text("violation.type.decimal");
            case DATE -> text("violation.type.date");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> text("violation.type.choice");
            case NOTE -> text("violation.type.note");
            default -> text("violation.type.text");
        };
    }

    public Text choice(Question q) {
        return text("violation.choice");
    }

    public Text exclusive(Question q, Choice exclusive) {
        return made.computeIfAbsent("exclusive\0" + q.id() + "\0" + exclusive.code(), k -> format("violation.exclusive",
                (locale, catalogue) -> Map.of("choice", exclusive.label().in(locale, defaultLocale))));
    }

    public Text selectionCount(Question q) {
        Constraints c = q.constraints();
        Integer min = c.minSelections().orElse(null);
        Integer max = c.maxSelections().orElse(null);
        String key = min != null && max != null ? (min.equals(max) ? "exactly" : "between") : min != null ? "at-least" : "at-most";
        return counted("violation.selection-count." + key, q, min, max);
    }

    public Text range(Question q) {
        Constraints c = q.constraints();
        if (c.minDate().isPresent() || c.maxDate().isPresent()) {
            String min = c.minDate().map(Object::toString).orElse(null);
            String max = c.maxDate().map(Object::toString).orElse(null);
            return bounded("violation.range.date-" + bounds(min, max), q, min, max);
        }
        String min = c.min().map(BigDecimal::toPlainString).orElse(null);
        String max = c.max().map(BigDecimal::toPlainString).orElse(null);
        return bounded("violation.range." + bounds(min, max), q, min, max);
    }

    public Text length(Question q) {
        Integer min = q.constraints().minLength().orElse(null);
        Integer max = q.constraints().maxLength().orElse(null);
        String key = min != null && max != null ? (min.equals(max) ? "exactly" : "between") : min != null ? "at-least" : "at-most";
        return counted("violation.length." + key, q, min, max);
    }

    public Text pattern(Question q) {
        return q.constraints().patternMessage().map(this::restrict).orElseGet(() -> text("violation.pattern"));
    }

    public Text unknownQuestion() {
        return text("violation.unknown-question");
    }

    private static String bounds(String min, String max) {
        return min != null && max != null ? "between" : min != null ? "at-least" : "at-most";
    }

    /** A message of a range: its bounds as written, and the question's unit in each locale. */
    private Text bounded(String key, Question q, String min, String max) {
        return made.computeIfAbsent(key + "\0" + q.id(), k -> format(key, (locale, catalogue) -> {
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("min", min == null ? "" : min);
            arguments.put("max", max == null ? "" : max);
            arguments.put("unit", q.unit().map(u -> catalogue.text("violation.unit", "unit", u.in(locale, defaultLocale)))
                    .orElse(""));
            return arguments;
        }));
    }

    /** A message of a count: each bound as a finished string and as a number for plural forms. */
    private Text counted(String key, Question q, Integer min, Integer max) {
        return made.computeIfAbsent(key + "\0" + q.id(), k -> format(key, (locale, catalogue) -> {
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("min", min == null ? "" : String.valueOf(min));
            arguments.put("max", max == null ? "" : String.valueOf(max));
            arguments.put("minCount", min == null ? 0 : min);
            arguments.put("maxCount", max == null ? 0 : max);
            return arguments;
        }));
    }

    private Text text(String key) {
        return made.computeIfAbsent(key, k -> format(key, (locale, catalogue) -> Map.of()));
    }

    private interface Arguments {
        Map<String, ?> of(String locale, Catalogue catalogue);
    }

    private Text format(String key, Arguments arguments) {
        Map<String, String> byLocale = new TreeMap<>();
        for (String locale : locales) {
            Catalogue catalogue = survey.catalogue(locale);
            byLocale.put(locale, catalogue.format(key, arguments.of(locale, catalogue)));
        }
        return Text.of(byLocale);
    }

    private Text restrict(Text authored) {
        Map<String, String> byLocale = new TreeMap<>();
        for (String locale : locales) {
            byLocale.put(locale, authored.in(locale, defaultLocale));
        }
        return Text.of(byLocale);
    }
}
