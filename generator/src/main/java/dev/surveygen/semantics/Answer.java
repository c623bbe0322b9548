package dev.surveygen.semantics;

import dev.surveygen.model.ViolationCode;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer as read from a response (JSON or form values) by its question's answer specification:
 * unanswered (missing, {@code null}, blank text, an empty selection), invalid (a {@code type} or
 * {@code choice} violation found while reading, with what was sent), or a typed value.
 */
public sealed interface Answer {

    Answer UNANSWERED = new Unanswered();

    /** Whether the question counts as answered (an invalid answer does). */
    default boolean present() {
        return true;
    }

    /** The value, when the answer was read as one. */
    default Optional<AnswerValue> value() {
        return Optional.empty();
    }

    /**
     * The value as conditions see it: unanswered and invalid answers read as unanswered (a typed
     * model cannot hold them, and the form never sends them).
     */
    default AnswerValue conditionValue() {
        return value().orElse(null);
    }

    /** Nothing was given. */
    record Unanswered() implements Answer {

        @Override
        public boolean present() {
            return false;
        }
    }

    /** Something was given that is not an answer of this question: {@code code} is {@code type} or {@code choice}. */
    record Invalid(ViolationCode code, Object raw) implements Answer {

        public Invalid {
            Objects.requireNonNull(code, "code");
        }

        static Invalid type(Object raw) {
            return new Invalid(ViolationCode.TYPE, raw);
        }
    }

    /** A value of the question's kind. */
    record Value(AnswerValue answer) implements Answer {

        public Value {
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public Optional<AnswerValue> value() {
            return Optional.of(answer);
        }
    }
}
