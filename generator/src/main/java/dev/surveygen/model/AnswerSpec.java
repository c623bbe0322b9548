package dev.surveygen.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a question's answer is: one record per family of question types, holding exactly the
 * constraints that apply to it. This is the one place that knows the families: which definition
 * keys a type takes ({@link QuestionType#takes}), how its specification is built from them
 * ({@link #of}), which violations an answer can have and in which order (R6), the catalogue key
 * and arguments of each message, and what a condition may do with the answer. Code that treats
 * the families differently (reading answers, the first violation, emitters) dispatches with
 * {@link #accept}, so adding a family is a compile error in every such place until each handles it.
 */
public sealed interface AnswerSpec {

    <R> R accept(Visitor<R> visitor);

    /** The type keyword of the definition (the wire-level name of the family member). */
    QuestionType type();

    /** Whether the question takes an answer at all (a note does not). */
    default boolean takesAnswer() {
        return true;
    }

    /** Whether a condition may test the answer with {@code contains}: a set of codes. */
    default boolean takesContains() {
        return false;
    }

    /** Whether the answer is a set of values (a form sends one value per ticked box). */
    default boolean takesSeveralValues() {
        return false;
    }

    /** The choices, for a choice question. */
    default Optional<ChoiceList> choiceList() {
        return Optional.empty();
    }

    /** The unit of a number, for a number question. */
    default Optional<Text> unit() {
        return Optional.empty();
    }

    /**
     * The violations that an answer given to this question can have once it is enabled, in the
     * order in which they are looked for (R6): only those its constraints make possible, so that
     * emitters and the rules JSON list exactly these. {@code required}, {@code not-applicable} and
     * {@code unknown-question} depend on the question and the response, not on the answer.
     */
    List<ViolationCode> answerViolations();

    /**
     * The message of {@code code} for this answer: its catalogue key and arguments. Not for
     * {@code exclusive} (see {@link #exclusiveMessage}) nor {@code unknown-question}.
     */
    Message message(ViolationCode code, DigitPolicy digits);

    /** The {@code exclusive} message of {@code exclusive}, one of {@link ChoiceSpec#exclusiveChoices}. */
    static Message exclusiveMessage(Choice exclusive) {
        return new Message("violation.exclusive", Map.of("choice", exclusive.label()), Optional.empty());
    }

    /**
     * A violation message before it is worded: the catalogue key, the arguments (a {@code String},
     * an {@code Integer} for plural forms, a {@link Text} of the definition taken in the message's
     * locale, or a {@link Wrapped} text), and the author's own text when it replaces the catalogue's.
     */
    record Message(String key, Map<String, Object> arguments, Optional<Text> authored) {

        public Message {
            arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }

        static Message of(String key) {
            return new Message(key, Map.of(), Optional.empty());
        }
    }

    /** A text of the definition put into the catalogue text {@code key} as its argument {@code name} ({@code violation.unit}). */
    record Wrapped(String key, String name, Text text) {}

    /** One method per family of answers. */
    interface Visitor<R> {

        R visitNote(NoteSpec note);

        R visitYesNo(YesNoSpec yesNo);

        R visitText(TextSpec text);

        R visitChoice(ChoiceSpec choice);

        R visitNumber(NumberSpec number);

        R visitDate(DateSpec date);
    }

    /**
     * The constraint values of a definition, read by whoever binds it (the loader reads them from
     * YAML and reports bad values); the factory {@link #of} asks only for the keys the type takes.
     */
    interface Values {

        Optional<BigDecimal> number(String key, boolean integer);

        Optional<LocalDate> date(String key);

        Optional<Integer> count(String key);

        Optional<String> pattern(String key);

        Optional<Text> text(String key);

        /** The question's choices; an empty list when they could not be bound. */
        ChoiceList choices();
    }

    /**
     * The specification of a question of {@code type}, asking {@code values} for exactly the keys
     * the type takes ({@link QuestionType#takes}). The only switch on the type.
     */
    static AnswerSpec of(QuestionType type, Values values) {
        return switch (type) {
            case NOTE -> NoteSpec.INSTANCE;
            case YES_NO -> YesNoSpec.INSTANCE;
            case TEXT, LONG_TEXT -> new TextSpec(type == QuestionType.LONG_TEXT, values.count("min-length"),
                    values.count("max-length"), values.pattern("pattern"), values.text("pattern-message"));
            case SINGLE_CHOICE -> new ChoiceSpec(false, values.choices(), Optional.empty(), Optional.empty());
            case MULTIPLE_CHOICE -> new ChoiceSpec(true, values.choices(), values.count("min-selections"),
                    values.count("max-selections"));
            case INTEGER, DECIMAL -> new NumberSpec(type == QuestionType.INTEGER,
                    values.number("min", type == QuestionType.INTEGER), values.number("max", type == QuestionType.INTEGER),
                    values.text("unit"));
            case DATE -> new DateSpec(values.date("min"), values.date("max"));
        };
    }

    private static String countKey(Optional<Integer> min, Optional<Integer> max) {
        return min.isPresent() && max.isPresent() ? (min.get().equals(max.get()) ? "exactly" : "between")
                : min.isPresent() ? "at-least" : "at-most";
    }

    private static String boundsKey(boolean min, boolean max) {
        return min && max ? "between" : min ? "at-least" : "at-most";
    }

    /** The arguments of a count message: each bound as a finished string and as a number for plural forms. */
    private static Map<String, Object> counted(Optional<Integer> min, Optional<Integer> max) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("min", min.map(String::valueOf).orElse(""));
        arguments.put("max", max.map(String::valueOf).orElse(""));
        arguments.put("minCount", min.orElse(0));
        arguments.put("maxCount", max.orElse(0));
        return arguments;
    }

    private static IllegalArgumentException noSuchMessage(ViolationCode code, AnswerSpec spec) {
        return new IllegalArgumentException("a " + spec.type().keyword() + " answer has no '" + code.code() + "' violation");
    }

    /** The messages every answerable family words the same way. */
    private static Optional<Message> common(ViolationCode code) {
        return switch (code) {
            case NOT_APPLICABLE -> Optional.of(Message.of("violation.not-applicable"));
            case UNKNOWN_QUESTION -> Optional.of(Message.of("violation.unknown-question"));
            default -> Optional.empty();
        };
    }

    /** Display-only text: takes no answer, so any answer is {@code not-applicable}, worded as its {@code type}. */
    record NoteSpec() implements AnswerSpec {

        static final NoteSpec INSTANCE = new NoteSpec();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNote(this);
        }

        @Override
        public QuestionType type() {
            return QuestionType.NOTE;
        }

        @Override
        public boolean takesAnswer() {
            return false;
        }

        @Override
        public List<ViolationCode> answerViolations() {
            return List.of();
        }

        @Override
        public Message message(ViolationCode code, DigitPolicy digits) {
            if (code == ViolationCode.NOT_APPLICABLE || code == ViolationCode.TYPE) {
                return Message.of("violation.type.note");
            }
            return common(code).orElseThrow(() -> noSuchMessage(code, this));
        }
    }

    /** Yes or no. */
    record YesNoSpec() implements AnswerSpec {

        static final YesNoSpec INSTANCE = new YesNoSpec();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitYesNo(this);
        }

        @Override
        public QuestionType type() {
            return QuestionType.YES_NO;
        }

        @Override
        public List<ViolationCode> answerViolations() {
            return List.of(ViolationCode.TYPE);
        }

        @Override
        public Message message(ViolationCode code, DigitPolicy digits) {
            return switch (code) {
                case REQUIRED -> Message.of("violation.required.select");
                case TYPE -> Message.of("violation.type.yes-no");
                default -> common(code).orElseThrow(() -> noSuchMessage(code, this));
            };
        }
    }

    /** A text of one line ({@code text}) or several ({@code long-text}). Lengths count code points. */
    record TextSpec(boolean multiline, Optional<Integer> minLength, Optional<Integer> maxLength,
            Optional<String> pattern, Optional<Text> patternMessage) implements AnswerSpec {

        public TextSpec {
            Objects.requireNonNull(minLength, "minLength");
            Objects.requireNonNull(maxLength, "maxLength");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(patternMessage, "patternMessage");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitText(this);
        }

        @Override
        public QuestionType type() {
            return multiline ? QuestionType.LONG_TEXT : QuestionType.TEXT;
        }

        @Override
        public List<ViolationCode> answerViolations() {
            List<ViolationCode> codes = new ArrayList<>(List.of(ViolationCode.TYPE));
            if (minLength.isPresent() || maxLength.isPresent()) {
                codes.add(ViolationCode.LENGTH);
            }
            if (pattern.isPresent()) {
                codes.add(ViolationCode.PATTERN);
            }
            return List.copyOf(codes);
        }

        @Override
        public Message message(ViolationCode code, DigitPolicy digits) {
            return switch (code) {
                case REQUIRED -> Message.of("violation.required.enter");
                case TYPE -> Message.of("violation.type.text");
                case LENGTH -> new Message("violation.length." + countKey(minLength, maxLength),
                        counted(minLength, maxLength), Optional.empty());
                case PATTERN -> new Message("violation.pattern", Map.of(), patternMessage);
                default -> common(code).orElseThrow(() -> noSuchMessage(code, this));
            };
        }
    }

    /** One code ({@code single-choice}) or a set of codes ({@code multiple-choice}) of a choice list. */
    record ChoiceSpec(boolean multiple, ChoiceList choices, Optional<Integer> minSelections,
            Optional<Integer> maxSelections) implements AnswerSpec {

        public ChoiceSpec {
            Objects.requireNonNull(choices, "choices");
            Objects.requireNonNull(minSelections, "minSelections");
            Objects.requireNonNull(maxSelections, "maxSelections");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitChoice(this);
        }

        @Override
        public QuestionType type() {
            return multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        }

        @Override
        public boolean takesContains() {
            return multiple;
        }

        @Override
        public boolean takesSeveralValues() {
            return multiple;
        }

        @Override
        public Optional<ChoiceList> choiceList() {
            return Optional.of(choices);
        }

        /** The choices that cannot be selected with others (only a multiple choice has them). */
        public List<Choice> exclusiveChoices() {
            return multiple ? choices.choices().stream().filter(Choice::exclusive).toList() : List.of();
        }

        @Override
        public List<ViolationCode> answerViolations() {
            List<ViolationCode> codes = new ArrayList<>(List.of(ViolationCode.TYPE, ViolationCode.CHOICE));
            if (!exclusiveChoices().isEmpty()) {
                codes.add(ViolationCode.EXCLUSIVE);
            }
            if (minSelections.isPresent() || maxSelections.isPresent()) {
                codes.add(ViolationCode.SELECTION_COUNT);
            }
            return List.copyOf(codes);
        }

        @Override
        public Message message(ViolationCode code, DigitPolicy digits) {
            return switch (code) {
                case REQUIRED -> Message.of(multiple ? "violation.required.select-many" : "violation.required.select");
                case TYPE -> Message.of("violation.type.choice");
                case CHOICE -> Message.of("violation.choice");
                case SELECTION_COUNT -> new Message("violation.selection-count." + countKey(minSelections, maxSelections),
                        counted(minSelections, maxSelections), Optional.empty());
                default -> common(code).orElseThrow(() -> noSuchMessage(code, this));
            };
        }
    }

    /** A whole number ({@code integer}) or a decimal one, within optional bounds, with an optional unit. */
    record NumberSpec(boolean integer, Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<Text> unit)
            implements AnswerSpec {

        public NumberSpec {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumber(this);
        }

        @Override
        public QuestionType type() {
            return integer ? QuestionType.INTEGER : QuestionType.DECIMAL;
        }

        @Override
        public List<ViolationCode> answerViolations() {
            return min.isPresent() || max.isPresent() ? List.of(ViolationCode.TYPE, ViolationCode.RANGE)
                    : List.of(ViolationCode.TYPE);
        }

        @Override
        public Message message(ViolationCode code, DigitPolicy digits) {
            return switch (code) {
                case REQUIRED -> Message.of("violation.required.enter");
                case TYPE -> Message.of(!integer ? "violation.type.decimal"
                        : digits == DigitPolicy.NFKC ? "violation.type.integer-nfkc" : "violation.type.integer");
                case RANGE -> {
                    Map<String, Object> arguments = new LinkedHashMap<>();
                    arguments.put("min", min.map(BigDecimal::toPlainString).orElse(""));
                    arguments.put("max", max.map(BigDecimal::toPlainString).orElse(""));
                    arguments.put("unit", unit.<Object>map(u -> new Wrapped("violation.unit", "unit", u)).orElse(""));
                    yield new Message("violation.range." + boundsKey(min.isPresent(), max.isPresent()), arguments,
                            Optional.empty());
                }
                default -> common(code).orElseThrow(() -> noSuchMessage(code, this));
            };
        }
    }

    /** A calendar date (ISO {@code YYYY-MM-DD}) within optional bounds. */
    record DateSpec(Optional<LocalDate> min, Optional<LocalDate> max) implements AnswerSpec {

        public DateSpec {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDate(this);
        }

        @Override
        public QuestionType type() {
            return QuestionType.DATE;
        }

        @Override
        public List<ViolationCode> answerViolations() {
            return min.isPresent() || max.isPresent() ? List.of(ViolationCode.TYPE, ViolationCode.RANGE)
                    : List.of(ViolationCode.TYPE);
        }

        @Override
        public Message message(ViolationCode code, DigitPolicy digits) {
            return switch (code) {
                case REQUIRED -> Message.of("violation.required.enter");
                case TYPE -> Message.of("violation.type.date");
                case RANGE -> {
                    Map<String, Object> arguments = new LinkedHashMap<>();
                    arguments.put("min", min.map(LocalDate::toString).orElse(""));
                    arguments.put("max", max.map(LocalDate::toString).orElse(""));
                    arguments.put("unit", "");
                    yield new Message("violation.range.date-" + boundsKey(min.isPresent(), max.isPresent()), arguments,
                            Optional.empty());
                }
                default -> common(code).orElseThrow(() -> noSuchMessage(code, this));
            };
        }
    }
}
