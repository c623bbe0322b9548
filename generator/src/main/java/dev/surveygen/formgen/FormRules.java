package dev.surveygen.formgen;

import dev.surveygen.condition.Condition;
import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Constraints;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.numbers.NumberLimits;
import dev.surveygen.semantics.EnablementGraph;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.IsoDate;
import dev.surveygen.semantics.SurveyText;
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

    /** The script's own texts: name in {@code texts} to catalogue key. */
    private static final List<String[]> SCRIPT_TEXTS = List.of(
            new String[] {"errorPrefix", "form.error.prefix"},
            new String[] {"errorSummaryTitle", "form.error-summary.title"},
            new String[] {"draftRestored", "script.status.draft-restored"},
            new String[] {"previewValid", "script.status.preview-valid"},
            new String[] {"exported", "script.status.exported"},
            new String[] {"imported", "script.status.imported"},
            new String[] {"importFailed", "script.status.import-failed"});

    static Map<String, Object> of(Survey survey, String locale, Catalogue catalogue) {
        ViolationMessages messages = new ViolationMessages(survey);
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("survey", survey.id());
        rules.put("version", survey.version().orElse(""));
        rules.put("digits", survey.digitPolicy().keyword());
        rules.put("reading", reading());
        List<Object> questions = new ArrayList<>();
        for (Section section : survey.sections()) {
            for (Question q : section.questions()) {
                questions.add(question(q, section, messages, locale, survey.defaultLocale()));
            }
        }
        rules.put("questions", questions);
        List<Object> order = new ArrayList<>();
        new EnablementGraph(survey).evaluationOrder().forEach(q -> order.add(q.id()));
        rules.put("order", order);
        rules.put("unknownMessage", messages.unknownQuestion().in(locale, survey.defaultLocale()));
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String[] text : SCRIPT_TEXTS) {
            texts.put(text[0], catalogue.text(text[1]));
        }
        texts.put("errorSummaryItem", catalogue.parts("form.error-summary.item", List.of("question", "message")));
        rules.put("texts", texts);
        return rules;
    }

    /**
     * How answers are read, as data from the definitions the reference interpreter uses, so that
     * the script restates none of it: the trimmed characters, the host fields' prefix, the number
     * characters and their full-width forms, the syntaxes of integers, decimals and dates, the digit
     * limits and the integer range.
     */
    static Map<String, Object> reading() {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("trim", codePoints(SurveyText.TRIMMED));
        reading.put("hostFieldPrefix", FormValues.HOST_FIELD_PREFIX);
        reading.put("numberCharacters", codePoints(FormValues.NUMBER_CHARACTERS));
        reading.put("fullWidthNumberCharacters", codePoints(FormValues.FULL_WIDTH_NUMBER_CHARACTERS));
        reading.put("integer", FormValues.INTEGER_SYNTAX);
        reading.put("decimal", FormValues.DECIMAL_SYNTAX);
        reading.put("date", IsoDate.SYNTAX);
        reading.put("maxIntegerDigits", NumberLimits.MAX_INTEGER_DIGITS);
        reading.put("maxFractionDigits", NumberLimits.MAX_FRACTION_DIGITS);
        reading.put("integerMin", String.valueOf(FormValues.INTEGER_MIN));
        reading.put("integerMax", String.valueOf(FormValues.INTEGER_MAX));
        return reading;
    }

    /** Characters as their code points: data, not text (no ideographic space or full-width digit in the page's text). */
    private static List<Object> codePoints(String characters) {
        return characters.codePoints().<Object>mapToObj(Integer::valueOf).toList();
    }

    private static Map<String, Object> question(Question q, Section section, ViolationMessages messages, String locale,
            String fallback) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("type", q.type().keyword());
        out.put("required", q.required());
        List<Object> when = new ArrayList<>();
        section.condition().map(Condition::expr).ifPresent(e -> when.add(expr(e)));
        q.condition().map(Condition::expr).ifPresent(e -> when.add(expr(e)));
        out.put("when", when.isEmpty() ? null : when.size() == 1 ? when.get(0) : Map.of("and", when));
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("not-applicable", text(fallback, messages.notApplicable(q), locale));
        texts.put("type", text(fallback, messages.type(q), locale));
        if (q.type() != QuestionType.NOTE) {
            texts.put("required", text(fallback, messages.required(q), locale));
        }
        q.choices().ifPresent(list -> {
            out.put("choices", list.codes());
            texts.put("choice", text(fallback, messages.choice(q), locale));
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                List<Object> exclusive = new ArrayList<>();
                Map<String, Object> exclusiveTexts = new LinkedHashMap<>();
                for (Choice choice : list.choices()) {
                    if (choice.exclusive()) {
                        exclusive.add(choice.code());
                        exclusiveTexts.put(choice.code(), text(fallback, messages.exclusive(q, choice), locale));
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
            texts.put("range", text(fallback, messages.range(q), locale));
        }
        if (c.minLength().isPresent() || c.maxLength().isPresent()) {
            texts.put("length", text(fallback, messages.length(q), locale));
        }
        if (c.pattern().isPresent()) {
            texts.put("pattern", text(fallback, messages.pattern(q), locale));
        }
        if (c.minSelections().isPresent() || c.maxSelections().isPresent()) {
            texts.put("selection-count", text(fallback, messages.selectionCount(q), locale));
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

    private static String text(String fallback, Text text, String locale) {
        return text.in(locale, fallback);
    }
}
