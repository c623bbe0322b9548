package dev.surveygen.rules;

import dev.surveygen.condition.Condition;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Question;
import dev.surveygen.model.Section;
import dev.surveygen.model.Text;
import dev.surveygen.model.ViolationCode;
import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.semantics.ViolationMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/** A question's {@link QuestionRules}, with its messages worded by {@code words}: one dispatch on the answer's family. */
final class QuestionRulesBuilder {

    private QuestionRulesBuilder() {}

    static <T> QuestionRules<T> of(Question q, Section section, ViolationMessages messages, Function<Text, T> words) {
        List<When> when = new ArrayList<>();
        section.condition().map(Condition::expr).ifPresent(e -> when.add(When.of(e)));
        q.condition().map(Condition::expr).ifPresent(e -> when.add(When.of(e)));
        When joined = when.isEmpty() ? null : when.size() == 1 ? when.get(0) : new When.And(when);
        AnswerSpec spec = q.answer();
        List<ViolationCode> possible = spec.answerViolations();
        Function<ViolationCode, Optional<T>> message = code -> possible.contains(code)
                ? Optional.of(words.apply(messages.of(q, code))) : Optional.empty();
        Optional<T> required = spec.takesAnswer() ? Optional.of(words.apply(messages.required(q))) : Optional.empty();
        T notApplicable = words.apply(messages.notApplicable(q));
        T type = words.apply(messages.type(q));
        return spec.accept(new AnswerSpec.Visitor<QuestionRules<T>>() {
            @Override
            public QuestionRules<T> visitNote(AnswerSpec.NoteSpec note) {
                return plain();
            }

            @Override
            public QuestionRules<T> visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                return plain();
            }

            @Override
            public QuestionRules<T> visitText(AnswerSpec.TextSpec text) {
                return new QuestionRules<>(q.id(), spec.type().keyword(), q.required(), joined, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), text.minLength(), text.maxLength(),
                        text.pattern(), text.pattern().map(QuestionRulesBuilder::program), Optional.empty(),
                        Optional.empty(), messages(Optional.empty(), Optional.empty()));
            }

            @Override
            public QuestionRules<T> visitChoice(AnswerSpec.ChoiceSpec choice) {
                // A multiple choice always lists its exclusive codes (an empty list when it has none).
                Optional<List<String>> exclusive = Optional.empty();
                Optional<Map<String, T>> exclusiveTexts = Optional.empty();
                if (choice.multiple()) {
                    Map<String, T> texts = new LinkedHashMap<>();
                    for (Choice c : choice.exclusiveChoices()) {
                        texts.put(c.code(), words.apply(messages.exclusive(q, c)));
                    }
                    exclusive = Optional.of(List.copyOf(texts.keySet()));
                    exclusiveTexts = Optional.of(texts);
                }
                return new QuestionRules<>(q.id(), spec.type().keyword(), q.required(), joined,
                        Optional.of(choice.choices().codes()), exclusive, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), choice.minSelections(),
                        choice.maxSelections(), messages(Optional.of(words.apply(messages.choice(q))), exclusiveTexts));
            }

            @Override
            public QuestionRules<T> visitNumber(AnswerSpec.NumberSpec number) {
                return bounded(number.min().map(BigDecimal::toPlainString), number.max().map(BigDecimal::toPlainString));
            }

            @Override
            public QuestionRules<T> visitDate(AnswerSpec.DateSpec date) {
                return bounded(date.min().map(LocalDate::toString), date.max().map(LocalDate::toString));
            }

            private QuestionRules<T> plain() {
                return bounded(Optional.empty(), Optional.empty());
            }

            private QuestionRules<T> bounded(Optional<String> min, Optional<String> max) {
                return new QuestionRules<>(q.id(), spec.type().keyword(), q.required(), joined, Optional.empty(),
                        Optional.empty(), min, max, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(),
                        messages(Optional.empty(), Optional.empty()));
            }

            private QuestionRules.Messages<T> messages(Optional<T> choice, Optional<Map<String, T>> exclusive) {
                return new QuestionRules.Messages<>(notApplicable, type, required, choice, exclusive,
                        message.apply(ViolationCode.RANGE), message.apply(ViolationCode.LENGTH),
                        message.apply(ViolationCode.PATTERN), message.apply(ViolationCode.SELECTION_COUNT));
            }
        });
    }

    private static List<Integer> program(String pattern) {
        int[] program = PatternCompiler.compileAccepted(pattern);
        return IntStream.of(program).boxed().toList();
    }
}
