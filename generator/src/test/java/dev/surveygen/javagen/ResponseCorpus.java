package dev.surveygen.javagen;

import dev.surveygen.model.Choice;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.ReferenceInterpreter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random responses for the differential tests: mostly plausible answers that follow the
 * survey's conditions (so chains are walked deep), mutated with the mistakes real data has —
 * missing answers, answers to hidden questions, wrong JSON types, values out of range, unknown
 * codes and keys, blank text — and, as form submissions, full-width digits, other scripts'
 * digits, enclosed numbers, separators and extra values.
 */
final class ResponseCorpus {

    private static final String[] TEXTS = {"Taro", "Jiro", "山田太郎", "ab", "a", "  padded  ", "\u3000全角空白\u3000",
        "😀😀😀", "123-4567", "12-34567", "x".repeat(11), "y".repeat(60), "", "   ", "\u3000", "line\nbreak",
        "</script><!--\u2028'\"&"};
    private static final String[] FORM_NUMBERS = {"１３", "\u3000１３\u3000", "①", "٣", "1,000", "+5", "－５", "１．５",
        "abc", "0x10", "2147483648", "-2147483649", " 7 ", "1e3", "１２３４５", "."};

    private static final String[] HOST_FIELDS = {"_csrf", "_", "_Q1", "__x"};

    private final Survey survey;
    private final ReferenceInterpreter interpreter;
    private final Random random;

    ResponseCorpus(Survey survey, long seed) {
        this.survey = survey;
        this.interpreter = new ReferenceInterpreter(survey);
        this.random = new Random(seed);
    }

    /** A JSON-shaped response: answers follow enablement; two in five are valid, the rest mutated. */
    Map<String, Object> nextJson() {
        return random.nextInt(5) < 2 ? nextValid() : nextMutated();
    }

    /** Every enabled question answered within its constraints (optional ones sometimes left out). */
    Map<String, Object> nextValid() {
        Map<String, Object> response = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            if (q.type() == QuestionType.NOTE || !interpreter.enablement(response).get(q.id())) {
                continue;
            }
            if (q.required() || random.nextInt(5) > 0) {
                response.put(q.id(), valid(q));
            }
        }
        return response;
    }

    private Object valid(Question q) {
        var c = Constraints.of(q);
        switch (q.type()) {
            case TEXT:
            case LONG_TEXT: {
                if (c.pattern().isPresent()) {
                    return "123-4567";
                }
                int min = c.minLength().orElse(1);
                int max = c.maxLength().orElse(20);
                return "あ".repeat(min + random.nextInt(max - min + 1));
            }
            case MULTIPLE_CHOICE: {
                List<Choice> plain = q.choices().orElseThrow().choices().stream().filter(ch -> !ch.exclusive()).toList();
                int min = c.minSelections().orElse(1);
                int max = Math.min(c.maxSelections().orElse(plain.size()), plain.size());
                List<Choice> shuffled = new ArrayList<>(plain);
                java.util.Collections.shuffle(shuffled, random);
                List<Object> codes = new ArrayList<>();
                shuffled.subList(0, min + random.nextInt(max - min + 1)).forEach(ch -> codes.add(ch.code()));
                return codes;
            }
            case INTEGER: {
                long min = c.min().map(BigDecimal::longValue).orElse(0L);
                long max = c.max().map(BigDecimal::longValue).orElse(100L);
                return BigDecimal.valueOf(min + random.nextInt((int) (max - min + 1)));
            }
            case DECIMAL: {
                BigDecimal min = c.min().orElse(BigDecimal.ZERO);
                BigDecimal max = c.max().orElse(BigDecimal.valueOf(100));
                return min.add(max.subtract(min).multiply(BigDecimal.valueOf(random.nextInt(101)))
                        .divide(BigDecimal.valueOf(100)));
            }
            case DATE: {
                LocalDate min = c.minDate().orElse(LocalDate.of(2024, 1, 1));
                LocalDate max = c.maxDate().orElse(LocalDate.of(2025, 12, 31));
                return min.plusDays(random.nextInt((int) (max.toEpochDay() - min.toEpochDay() + 1))).toString();
            }
            default:
                return plausible(q);
        }
    }

    /** Answers for every question regardless of conditions; linear in the survey's size. */
    Map<String, Object> nextBlind() {
        Map<String, Object> response = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            if (q.type() != QuestionType.NOTE && random.nextInt(100) < 70) {
                response.put(q.id(), random.nextInt(100) < 85 ? plausible(q) : wrong(q));
            }
        }
        return response;
    }

    Map<String, Object> nextMutated() {
        Map<String, Object> response = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            if (q.type() == QuestionType.NOTE) {
                if (random.nextInt(40) == 0) {
                    response.put(q.id(), "note answer");
                }
                continue;
            }
            boolean enabled = interpreter.enablement(response).get(q.id());
            int dice = random.nextInt(100);
            if (enabled ? dice < 90 : dice < 8) {
                response.put(q.id(), random.nextInt(100) < 85 ? plausible(q) : wrong(q));
            } else if (dice < 93) {
                response.put(q.id(), null);
            }
        }
        if (random.nextInt(25) == 0) {
            response.put(random.nextBoolean() ? "Q99" : "zz-unknown", random.nextBoolean() ? "x" : null);
        }
        return response;
    }

    /** A form submission made from a JSON response, with the mistakes of typing into a browser. */
    Map<String, List<String>> nextForm() {
        boolean clean = random.nextInt(10) < 3;
        Map<String, Object> json = clean ? nextValid() : nextJson();
        Map<String, List<String>> form = new LinkedHashMap<>();
        json.forEach((id, value) -> {
            Question q = survey.question(id).orElse(null);
            form.put(id, clean ? plainFormValues(value) : formValues(q, value));
        });
        if (random.nextInt(4) == 0) {
            // The host's own fields (a CSRF token), which are never answers.
            form.put(HOST_FIELDS[random.nextInt(HOST_FIELDS.length)], List.of(random.nextBoolean() ? "token-1" : ""));
        }
        return form;
    }

    /** A value as a browser would send it, without mistakes. */
    private static List<String> plainFormValues(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (value instanceof Boolean b) {
            out.add(b ? "yes" : "no");
        } else if (value instanceof BigDecimal d) {
            out.add(d.toPlainString());
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

    private List<String> formValues(Question q, Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            out.add(random.nextBoolean() ? "" : " ");
            return out;
        }
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
            return out;
        }
        String text = value instanceof Boolean b ? (random.nextInt(10) == 0 ? b.toString() : b ? "yes" : "no")
                : value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        if (q != null && ((q.type() == QuestionType.INTEGER || q.type() == QuestionType.DECIMAL) || q.type() == QuestionType.DATE)) {
            int dice = random.nextInt(10);
            if (dice < 3) {
                text = toFullWidth(text);
            } else if (dice == 3) {
                text = FORM_NUMBERS[random.nextInt(FORM_NUMBERS.length)];
            }
        }
        out.add(text);
        if (q != null && q.type() != QuestionType.MULTIPLE_CHOICE && random.nextInt(40) == 0) {
            out.add(text);
        }
        return out;
    }

    private static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c == '-' ? '\uFF0D' : c == '.' ? '\uFF0E' : c);
        }
        return out.toString();
    }

    private Object plausible(Question q) {
        switch (q.type()) {
            case YES_NO:
                return random.nextBoolean();
            case TEXT:
            case LONG_TEXT:
                return TEXTS[random.nextInt(TEXTS.length)];
            case SINGLE_CHOICE: {
                List<Choice> choices = q.choices().orElseThrow().choices();
                return choices.get(random.nextInt(choices.size())).code();
            }
            case MULTIPLE_CHOICE: {
                List<Object> codes = new ArrayList<>();
                for (Choice choice : q.choices().orElseThrow().choices()) {
                    if (random.nextInt(3) == 0) {
                        codes.add(choice.code());
                    }
                }
                return codes;
            }
            case INTEGER: {
                long min = Constraints.of(q).min().map(BigDecimal::longValue).orElse(-20L);
                long max = Constraints.of(q).max().map(BigDecimal::longValue).orElse(200L);
                return BigDecimal.valueOf(min - 1 + (long) random.nextInt((int) Math.min(1000, max - min + 3)));
            }
            case DECIMAL: {
                BigDecimal min = Constraints.of(q).min().orElse(BigDecimal.valueOf(-10));
                BigDecimal max = Constraints.of(q).max().orElse(BigDecimal.valueOf(100));
                BigDecimal span = max.subtract(min).add(BigDecimal.ONE);
                return min.subtract(new BigDecimal("0.5"))
                        .add(span.multiply(BigDecimal.valueOf(random.nextInt(1000))).divide(BigDecimal.valueOf(1000)))
                        .setScale(random.nextInt(3), java.math.RoundingMode.HALF_UP);
            }
            case DATE: {
                LocalDate base = Constraints.of(q).minDate().orElse(LocalDate.of(2024, 1, 1));
                return base.plusDays(random.nextInt(420) - 30).toString();
            }
            default:
                return null;
        }
    }

    private Object wrong(Question q) {
        int dice = random.nextInt(14);
        switch (dice) {
            case 12: return List.of("", "\u3000");
            case 13: return q.choices().map(c -> (Object) List.of(" ", c.choices().get(0).code())).orElse("\u3000");
            case 0: return "8";
            case 1: return new BigDecimal("12.5");
            case 2: return BigDecimal.valueOf(2147483648L);
            case 3: return Boolean.TRUE;
            case 4: return List.of("zzz");
            case 5: return "yes";
            case 6: return "2024-02-30";
            case 7: return new ArrayList<>(List.of(1, "red"));
            case 8: return "";
            case 9: return List.of();
            case 10: return "unknown-code";
            default: return new BigDecimal("1E+2");
        }
    }
}
