package dev.surveygen.semantics;

import dev.surveygen.runtime.Support;
import dev.surveygen.model.ViolationCode;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Question;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.regex.PatternMatcher;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference semantics of a survey: for a response (question id to JSON-shaped answer), which
 * questions are enabled and which violations the response has. The rules, in order:
 *
 * <ol>
 *   <li>A question is enabled when its section's condition and its own hold, where a reference to
 *       a question that is not enabled (or unanswered, or answered with the wrong type) reads as
 *       unanswered. So a chain collapses: Q17-3 is disabled whenever Q17-1 is no.
 *   <li>Not enabled but answered: {@code not-applicable}.
 *   <li>Enabled, required and unanswered: {@code required}. Blank text, an empty selection,
 *       {@code null} and a missing key are unanswered.
 *   <li>Enabled and answered: the first of {@code type}, {@code choice}, {@code exclusive},
 *       {@code selection-count}, {@code range}, {@code length}, {@code pattern} that applies; at
 *       most one violation per question.
 *   <li>Keys that name no question: {@code unknown-question}, after all questions, sorted by key.
 * </ol>
 *
 * Violations come in definition order of the questions.
 */
public final class ReferenceInterpreter {

    private final Survey survey;
    private final EnablementGraph graph;
    private final ViolationMessages messages;
    /** Each pattern compiled once, when first needed; the interpreter may be shared between threads. */
    private final Map<String, int[]> patterns = new ConcurrentHashMap<>();

    public ReferenceInterpreter(Survey survey) {
        this.survey = survey;
        this.graph = new EnablementGraph(survey);
        this.messages = new ViolationMessages(survey);
    }

    public Survey survey() {
        return survey;
    }

    /** The violations of {@code response}; empty when it is valid. */
    public List<Violation> check(Map<String, ?> response) {
        Map<String, Answer> answers = read(response);
        Map<String, Boolean> enabled = computeEnablement(answers);
        List<Violation> violations = new ArrayList<>();
        for (Question question : survey.questions()) {
            Answer answer = answers.get(question.id());
            if (!question.answer().takesAnswer() || !enabled.get(question.id())) {
                if (answer.present()) {
                    violations.add(new Violation(question.id(), ViolationCode.NOT_APPLICABLE,
                            messages.of(question, ViolationCode.NOT_APPLICABLE)));
                }
            } else if (!answer.present()) {
                if (question.required()) {
                    violations.add(new Violation(question.id(), ViolationCode.REQUIRED, messages.of(question, ViolationCode.REQUIRED)));
                }
            } else {
                Violation violation = firstProblem(question, answer);
                if (violation != null) {
                    violations.add(violation);
                }
            }
        }
        for (String key : new TreeSet<>(response.keySet())) {
            if (!survey.hasQuestion(key)) {
                violations.add(new Violation(key, ViolationCode.UNKNOWN_QUESTION, messages.unknownQuestion()));
            }
        }
        return List.copyOf(violations);
    }

    /** Whether each question is enabled for {@code response}, in definition order. */
    public Map<String, Boolean> enablement(Map<String, ?> response) {
        Map<String, Boolean> enabled = computeEnablement(read(response));
        Map<String, Boolean> ordered = new LinkedHashMap<>();
        survey.questions().forEach(q -> ordered.put(q.id(), enabled.get(q.id())));
        return ordered;
    }

    /**
     * {@code response} without the answers of questions that are not enabled (and of notes), as
     * the form does before submitting. One pass suffices: a question that is not enabled already
     * reads as unanswered in every condition, so removing its answer enables nothing else.
     * Keys that name no question are kept, so that they are still reported.
     */
    public Map<String, Object> withoutDisabled(Map<String, ?> response) {
        Map<String, Boolean> enabled = computeEnablement(read(response));
        Map<String, Object> kept = new LinkedHashMap<>();
        response.forEach((id, value) -> {
            Question question = survey.question(id).orElse(null);
            if (question == null || (enabled.get(id) && question.answer().takesAnswer())) {
                kept.put(id, value);
            }
        });
        return kept;
    }

    private Map<String, Answer> read(Map<String, ?> response) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question question : survey.questions()) {
            answers.put(question.id(), AnswerReader.read(question, response.get(question.id())));
        }
        return answers;
    }

    private Map<String, Boolean> computeEnablement(Map<String, Answer> answers) {
        Map<String, Boolean> enabled = new HashMap<>();
        Map<String, Boolean> sectionEnabled = new HashMap<>();
        java.util.function.Function<String, AnswerValue> valueOf = id -> {
            Boolean on = enabled.get(id);
            return on != null && on ? answers.get(id).conditionValue() : null;
        };
        for (Question question : graph.evaluationOrder()) {
            Section section = survey.sectionOf(question);
            boolean on = sectionEnabled.computeIfAbsent(section.id(), s -> section.condition()
                    .map(c -> ConditionEvaluator.evaluate(c.expr(), valueOf)).orElse(true));
            if (on && question.condition().isPresent()) {
                on = ConditionEvaluator.evaluate(question.condition().get().expr(), valueOf);
            }
            enabled.put(question.id(), on);
        }
        return enabled;
    }

    private Violation firstProblem(Question q, Answer answer) {
        if (answer instanceof Answer.Invalid invalid) {
            return new Violation(q.id(), invalid.code(), messages.of(q, invalid.code()));
        }
        AnswerValue value = answer.value().orElseThrow();
        // The constraints of the answer's specification, in the order of R6 (AnswerSpec.answerViolations).
        return q.answer().accept(new AnswerSpec.Visitor<Violation>() {
            @Override
            public Violation visitChoice(AnswerSpec.ChoiceSpec spec) {
                if (!spec.multiple()) {
                    return null;
                }
                Set<String> codes = value.as(AnswerValue.Codes.class).codes();
                if (codes.size() > 1) {
                    for (Choice choice : spec.exclusiveChoices()) {
                        if (codes.contains(choice.code())) {
                            return new Violation(q.id(), ViolationCode.EXCLUSIVE, messages.exclusive(q, choice));
                        }
                    }
                }
                if (spec.minSelections().map(min -> codes.size() < min).orElse(false)
                        || spec.maxSelections().map(max -> codes.size() > max).orElse(false)) {
                    return violation(ViolationCode.SELECTION_COUNT);
                }
                return null;
            }

            @Override
            public Violation visitNumber(AnswerSpec.NumberSpec spec) {
                BigDecimal number = value.as(AnswerValue.Number.class).number();
                if (spec.min().map(min -> number.compareTo(min) < 0).orElse(false)
                        || spec.max().map(max -> number.compareTo(max) > 0).orElse(false)) {
                    return violation(ViolationCode.RANGE);
                }
                return null;
            }

            @Override
            public Violation visitDate(AnswerSpec.DateSpec spec) {
                LocalDate date = value.as(AnswerValue.Date.class).date();
                if (spec.min().map(date::isBefore).orElse(false) || spec.max().map(date::isAfter).orElse(false)) {
                    return violation(ViolationCode.RANGE);
                }
                return null;
            }

            @Override
            public Violation visitText(AnswerSpec.TextSpec spec) {
                String text = value.as(AnswerValue.TextValue.class).text();
                // Lengths in code points, as the runtime counts them.
                if (spec.minLength().map(min -> Support.shorterThan(text, min)).orElse(false)
                        || spec.maxLength().map(max -> Support.longerThan(text, max)).orElse(false)) {
                    return violation(ViolationCode.LENGTH);
                }
                if (spec.pattern().isPresent() && !PatternMatcher.matches(patterns.computeIfAbsent(q.id(),
                        id -> PatternCompiler.compileAccepted(spec.pattern().get())), text)) {
                    return violation(ViolationCode.PATTERN);
                }
                return null;
            }

            @Override
            public Violation visitYesNo(AnswerSpec.YesNoSpec spec) {
                return null;
            }

            @Override
            public Violation visitNote(AnswerSpec.NoteSpec spec) {
                return null;
            }

            private Violation violation(ViolationCode code) {
                return new Violation(q.id(), code, messages.of(q, code));
            }
        });
    }
}
