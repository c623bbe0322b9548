package dev.surveygen.semantics;

import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Choice;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.DigitPolicy;
import dev.surveygen.model.Question;
import dev.surveygen.model.ViolationCode;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
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

    /**
     * The message of {@code code} for question {@code q}: its answer specification gives the
     * catalogue key and arguments ({@link AnswerSpec#message}).
     */
    public Text of(Question q, ViolationCode code) {
        if (code == ViolationCode.UNKNOWN_QUESTION) {
            return unknownQuestion();
        }
        // Looked up before the spec is asked: the interpreter asks on every violation.
        Text known = made.get("code\0" + q.id() + "\0" + code.code());
        if (known != null) {
            return known;
        }
        Text text = message(q, q.answer().message(code, digitPolicy));
        made.putIfAbsent("code\0" + q.id() + "\0" + code.code(), text);
        return text;
    }

    public Text required(Question q) {
        return of(q, ViolationCode.REQUIRED);
    }

    /** For a note, which never takes an answer, the message of its {@code type}. */
    public Text notApplicable(Question q) {
        return of(q, ViolationCode.NOT_APPLICABLE);
    }

    public Text type(Question q) {
        return of(q, ViolationCode.TYPE);
    }

    public Text choice(Question q) {
        return of(q, ViolationCode.CHOICE);
    }

    public Text exclusive(Question q, Choice exclusive) {
        return message(q, AnswerSpec.exclusiveMessage(exclusive), exclusive.code());
    }

    public Text selectionCount(Question q) {
        return of(q, ViolationCode.SELECTION_COUNT);
    }

    public Text range(Question q) {
        return of(q, ViolationCode.RANGE);
    }

    public Text length(Question q) {
        return of(q, ViolationCode.LENGTH);
    }

    public Text pattern(Question q) {
        return of(q, ViolationCode.PATTERN);
    }

    public Text unknownQuestion() {
        return text("violation.unknown-question");
    }

    private Text message(Question q, AnswerSpec.Message message) {
        return message(q, message, "");
    }

    /**
     * A message worded in every locale: the author's text when there is one, the catalogue's
     * without arguments shared by all questions, otherwise made once per question (and {@code detail}).
     */
    private Text message(Question q, AnswerSpec.Message message, String detail) {
        if (message.authored().isPresent()) {
            return made.computeIfAbsent("authored\0" + q.id(), k -> restrict(message.authored().get()));
        }
        if (message.arguments().isEmpty()) {
            return text(message.key());
        }
        return made.computeIfAbsent(message.key() + "\0" + q.id() + "\0" + detail, k -> format(message.key(),
                (locale, catalogue) -> {
                    Map<String, Object> arguments = new HashMap<>();
                    message.arguments().forEach((name, value) -> arguments.put(name, argument(value, locale, catalogue)));
                    return arguments;
                }));
    }

    /** A text of the definition in the message's locale (falling back to the default locale); others as they are. */
    private Object argument(Object value, String locale, Catalogue catalogue) {
        if (value instanceof Text text) {
            return text.in(locale, defaultLocale);
        }
        if (value instanceof AnswerSpec.Wrapped wrapped) {
            return catalogue.text(wrapped.key(), wrapped.name(), wrapped.text().in(locale, defaultLocale));
        }
        return value;
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
