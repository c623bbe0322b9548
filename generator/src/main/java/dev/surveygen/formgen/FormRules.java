package dev.surveygen.formgen;

import dev.surveygen.condition.Condition;
import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Constraints;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.semantics.EnablementGraph;
import dev.surveygen.semantics.ViolationMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The survey's rules as JSON for the form script: per question its type, requiredness,
 * enablement condition (section and own, as a syntax tree), constraints, choice codes and every
 * message it can show, precomputed by the same {@link ViolationMessages} the Java side uses, so
 * the messages are identical by construction. {@code order} is the evaluation order of
 * enablement ({@link EnablementGraph}).
 */
final class FormRules {

    private FormRules() {}

    static Map<String, Object> of(Survey survey, String locale) {
        ViolationMessages messages = new ViolationMessages(survey);
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("survey", survey.id());
        rules.put("version", survey.version().orElse(""));
        rules.put("digits", survey.digitPolicy().keyword());
        List<Object> questions = new ArrayList<>();
        for (Section section : survey.sections()) {
            for (Question q : section.questions()) {
                questions.add(question(q, section, messages, locale));
            }
        }
        rules.put("questions", questions);
        List<Object> order = new ArrayList<>();
        new EnablementGraph(survey).evaluationOrder().forEach(q -> order.add(q.id()));
        rules.put("order", order);
        rules.put("unknownMessage", messages.unknownQuestion().in(locale, survey.defaultLocale()));
        return rules;
    }

    private static Map<String, Object> question(Question q, Section section, ViolationMessages messages, String locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("type", q.type().keyword());
        out.put("required", q.required());
        List<Object> when = new ArrayList<>();
        section.condition().map(Condition::expr).ifPresent(e -> when.add(expr(e)));
        q.condition().map(Condition::expr).ifPresent(e -> when.add(expr(e)));
        out.put("when", when.isEmpty() ? null : when.size() == 1 ? when.get(0) : Map.of("and", when));
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("not-applicable", text(messages.notApplicable(q), locale));
        texts.put("type", text(messages.type(q), locale));
        if (q.type() != QuestionType.NOTE) {
            texts.put("required", text(messages.required(q), locale));
        }
        q.choices().ifPresent(list -> {
            out.put("choices", list.codes());
            texts.put("choice", text(messages.choice(q), locale));
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                List<Object> exclusive = new ArrayList<>();
                Map<String, Object> exclusiveTexts = new LinkedHashMap<>();
                for (Choice choice : list.choices()) {
                    if (choice.exclusive()) {
                        exclusive.add(choice.code());
                        exclusiveTexts.put(choice.code(), text(messages.exclusive(q, choice), locale));
                    }
                }
                out.put("exclusive", exclusive);
                texts.put("exclusive", exclusiveTexts);
            }
        });
        Constraints c = q.constraints();
        c.min().ifPresent(v -> out.put("min", v.toPlainString()));
        c.max().ifPresent(v -> out.put("max", v.toPlainString()));
        c.minDate().ifPresent(v -> out.put("min", v.toString()));
        c.maxDate().ifPresent(v -> out.put("max", v.toString()));
        c.minLength().ifPresent(v -> out.put("minLength", v));
        c.maxLength().ifPresent(v -> out.put("maxLength", v));
        // As written, for reading; the script matches with the program (PatternMatcher's machine).
        c.pattern().ifPresent(v -> {
            out.put("pattern", v);
            List<Object> program = new ArrayList<>();
            for (int value : PatternCompiler.compileAccepted(v)) {
                program.add(value);
            }
            out.put("patternProgram", program);
        });
        c.minSelections().ifPresent(v -> out.put("minSelections", v));
        c.maxSelections().ifPresent(v -> out.put("maxSelections", v));
        if (c.min().isPresent() || c.max().isPresent() || c.minDate().isPresent() || c.maxDate().isPresent()) {
            texts.put("range", text(messages.range(q), locale));
        }
        if (c.minLength().isPresent() || c.maxLength().isPresent()) {
            texts.put("length", text(messages.length(q), locale));
        }
        if (c.pattern().isPresent()) {
            texts.put("pattern", text(messages.pattern(q), locale));
        }
        if (c.minSelections().isPresent() || c.maxSelections().isPresent()) {
            texts.put("selection-count", text(messages.selectionCount(q), locale));
        }
        out.put("messages", texts);
        return out;
    }

    /** The syntax tree: {"or": [..]}, {"and": [..]}, {"not": x}, {"q", "op", "yes"|"num"|"str"}, {"q", "contains"}, {"q", "empty"}. */
    static Object expr(Expr expr) {
        return expr.accept(TREE);
    }

    private static final Expr.Visitor<Object> TREE = new Expr.Visitor<>() {
        @Override
        public Object visitOr(Expr.Or or) {
            return Map.of("or", or.operands().stream().map(FormRules::expr).toList());
        }

        @Override
        public Object visitAnd(Expr.And and) {
            return Map.of("and", and.operands().stream().map(FormRules::expr).toList());
        }

        @Override
        public Object visitNot(Expr.Not not) {
            return Map.of("not", expr(not.operand()));
        }

        @Override
        public Object visitIsEmpty(Expr.IsEmpty empty) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("q", empty.ref().questionId());
            out.put("empty", !empty.negated());
            return out;
        }

        @Override
        public Object visitContains(Expr.Contains contains) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("q", contains.ref().questionId());
            out.put("contains", contains.literal().string().orElseThrow());
            return out;
        }

        @Override
        public Object visitCompare(Expr.Compare compare) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("q", compare.ref().questionId());
            out.put("op", compare.operator().symbol());
            compare.literal().accept(new Literal.Visitor<Object>() {
                @Override
                public Object visitYesNo(Literal.YesNo yesNo) {
                    return out.put("yes", yesNo.value());
                }

                @Override
                public Object visitNum(Literal.Num num) {
                    return out.put("num", num.value().toPlainString());
                }

                @Override
                public Object visitStr(Literal.Str str) {
                    return out.put("str", str.value());
                }
            });
            return out;
        }
    };

    private static String text(Text text, String locale) {
        return text.in(locale, "ja");
    }
}
