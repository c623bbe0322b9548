package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.json.JsonText;
import dev.surveygen.json.JsonWriter;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated validator and binders against the reference interpreter, on thousands of seeded
 * random responses: every response must get the identical violation list (questions, codes and
 * messages in every locale, in order), through the JSON binder, the form binder, with and without
 * stripping disabled answers, and after a round trip through {@code toJson}.
 */
class DifferentialTest {

    static final Path MHLW = Path.of("../survey-def/src/main/survey/mhlw-r6-hospital-cybersecurity.yaml");

    @Test
    void mhlwSurvey() {
        check(GeneratedSurvey.loadFile(MHLW), 4000, 1);
    }

    @Test
    void everyFeatureSurvey() {
        check(GeneratedSurvey.loadResource("/surveys/every-feature.yaml"), 4000, 2);
    }

    /**
     * The every-feature survey gives java-names (the differential runs above cover its wire
     * format): the Java API uses them, while form field names, JSON keys and a violation's
     * {@code question} stay the ids.
     */
    @Test
    void javaNamesNameTheJavaAndIdsStayTheWireFormat() throws Exception {
        Survey survey = GeneratedSurvey.loadResource("/surveys/every-feature.yaml");
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("names"));
        assertThat(generated.generated.files()).map(f -> f.path().replaceAll(".*/", ""))
                .contains("AllFeaturesResponse.java", "AllFeaturesValidator.java", "StaffSize.java", "Colours.java",
                        "ThirdLink.java")
                .noneMatch(path -> path.startsWith("EveryFeature") || path.equals("Sizes.java")
                        || path.equals("ChainCChoice.java"));
        Object binding = generated.fromForm(Map.of("name", List.of("Taro"), "agree", List.of("yes"), "staff",
                List.of("2-4"), "colours", List.of("none"), "count", List.of("101")), false);
        Object response = generated.responseOf(binding);
        Class<?> type = response.getClass();
        ClassLoader loader = type.getClassLoader();
        Class<?> staffSize = loader.loadClass("names.StaffSize");
        assertThat(type.getMethod("staffSize").getReturnType()).isEqualTo(staffSize);
        assertThat(type.getMethod("staffSize").invoke(response)).hasToString("TWO_TO_FOUR");
        assertThat(type.getMethod("fullName").invoke(response)).isEqualTo("Taro");
        assertThat(type.getMethod("agrees").invoke(response)).isEqualTo(true);
        assertThat(type.getMethod("colours").invoke(response)).hasToString("[NO_COLOUR]");
        assertThat(type.getMethod("otherColour").getReturnType()).isEqualTo(String.class);
        assertThat(type.getMethod("thirdLink").getReturnType().getSimpleName()).isEqualTo("ThirdLink");
        assertThat(java.util.Arrays.stream(type.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("staff", "name", "agree", "colours_other", "chain_c", "intro");
        assertThat(java.util.Arrays.stream(staffSize.getEnumConstants()).map(Object::toString)).containsExactly("ONE", "TWO_TO_FOUR", "FIVE_OR_MORE");
        assertThat(staffSize.getMethod("code").invoke(staffSize.getEnumConstants()[1])).isEqualTo("2-4");
        Class<?> questions = loader.loadClass("names.AllFeaturesQuestions");
        assertThat(questions.getField("STAFF_SIZE").get(null)).isEqualTo("staff");
        assertThat(questions.getField("INTRODUCTION").get(null)).isEqualTo("intro");
        assertThat(questions.getField("OTHER_COLOUR").get(null)).isEqualTo("colours-other");
        assertThat(questions.getField("RATIO").get(null)).isEqualTo("ratio");
        // The wire format: JSON keys and violations' questions are the ids.
        assertThat(generated.toJson(response)).containsOnlyKeys("name", "agree", "staff", "colours", "count");
        assertThat(generated.toJsonText(response)).isEqualTo("{\"name\":\"Taro\",\"agree\":true,\"staff\":\"2-4\","
                + "\"colours\":[\"none\"],\"count\":101}");
        assertThat(generated.validateBinding(binding)).map(v -> v.substring(0, v.indexOf(" | ", v.indexOf(" | ") + 1)))
                .containsExactly("count | range", "chain-a | required", "big-count | required");
    }

    @Test
    void everyFeatureSurveyRejectingFullWidthDigits() {
        String yaml = readResource("/surveys/every-feature.yaml").replace("full-width-digits: nfkc",
                "full-width-digits: reject");
        check(GeneratedSurvey.load("reject.yaml", yaml), 2000, 3);
    }

    @Test
    void randomSyntheticSurveys() {
        for (int seed = 0; seed < 6; seed++) {
            Survey survey = GeneratedSurvey.load("synthetic-" + seed + ".yaml", SyntheticSurveys.yaml(60, seed));
            check(survey, 400, 100 + seed);
        }
    }

    /**
     * Questions of a part with the same section and condition share one enablement method and one
     * case of the part's switch: the same condition text in another section, in the next part
     * (the split after {@value GenerationContext#PART_SIZE} questions), on a note, on questions
     * apart from each other, and conditions that read a question which itself calls a shared
     * method. Every path must still equal the reference interpreter.
     */
    @Test
    void questionsWithOneConditionShareItsMethod() {
        StringBuilder yaml = new StringBuilder("surveygen: 1\nid: shared\ntitle: T\nchoice-lists:\n"
                + "  levels: [{code: \"1\", label: One}, {code: b, label: B}, {code: none, label: None, exclusive: true}]\n"
                + "sections:\n  - id: a\n    title: A\n    questions:\n"
                + "      - {id: A, type: yes-no, label: A, required: false}\n"
                + "      - {id: B, type: single-choice, label: B, required: false, choices: levels}\n"
                + "      - {id: C, type: multiple-choice, label: C, required: false, choices: levels,"
                + " when: \"${A} = yes\"}\n");
        String[] conditions = {"${A} = yes", "${B} = '1'", "${A} = yes", "", "${C} contains 'b'", "${A} = yes",
            "${B} = '1'", "${C} is not empty"};
        for (int i = 0; i < 110; i++) {
            String condition = conditions[i % conditions.length];
            // every seventh a note; from the 40th on, some read a question that shares a method
            String type = i % 7 == 6 ? "note" : i % 3 == 0 ? "yes-no" : "integer";
            if (i >= 40 && i % 5 == 0) {
                int target = (i - 16) % 7 == 6 ? i - 17 : i - 16; // not a note
                condition = "${X" + target + "} is empty";
            }
            yaml.append("      - {id: X").append(i).append(", type: ").append(type).append(", label: L")
                    .append(type.equals("note") ? "" : ", required: " + (i % 2 == 0))
                    .append(condition.isEmpty() ? "" : ", when: \"" + condition + "\"").append("}\n");
        }
        yaml.append("  - id: b\n    title: B\n    when: \"${B} != '1'\"\n    questions:\n");
        for (int i = 0; i < 12; i++) {
            String condition = conditions[i % conditions.length];
            yaml.append("      - {id: Y").append(i).append(", type: yes-no, label: L, required: ").append(i % 2 == 1)
                    .append(condition.isEmpty() ? "" : ", when: \"" + condition + "\"").append("}\n");
        }
        Survey survey = GeneratedSurvey.load("shared.yaml", yaml.toString());
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("diff.shared"));
        String part0 = generated.generated.files().stream().filter(f -> f.path().endsWith("/SharedPart0.java")).findFirst()
                .orElseThrow().content();
        assertThat(part0).as("the questions with ${A} = yes in section a share one method").contains(
                "case 2, 3 -> enabled_c(r);", "case 4 -> enabled_x1(r);", "case 5 -> enabled_c(r);");
        check(survey, 600, 11);
    }

    /**
     * A response built in code may hold what no form or JSON can carry: a decimal of more than 30
     * digits before or after the point (rule R9), a date whose year has not four digits. Its JSON,
     * as {@code toJson} and {@code toJsonText} write it, gets a {@code type} violation from the
     * reference (and from {@code surveygen check}, and from the binders that read it back), so
     * {@code validate(response)} must report the same: a response that validates is one that can
     * be stored and read back.
     */
    @Test
    void aResponseBuiltInCodeIsJudgedAsItsJson() throws Exception {
        Survey survey = GeneratedSurvey.load("built.yaml", """
                surveygen: 1
                id: built
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: n, type: decimal, label: N, required: false}
                      - {id: m, type: decimal, label: M, required: false, min: "-0.5", max: "99.25"}
                      - {id: d, type: date, label: D, required: false}
                      - {id: e, type: date, label: E, required: false, min: 2000-01-01}
                """);
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("diff.built"));
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        Class<?> responseType = generated.responseOf(generated.fromJson(Map.of(), false)).getClass();
        List<java.math.BigDecimal> decimals = List.of(new java.math.BigDecimal("1." + "0".repeat(36) + "1"),
                new java.math.BigDecimal("1E+31"), new java.math.BigDecimal("1E+29"), new java.math.BigDecimal("9".repeat(30)),
                new java.math.BigDecimal("9".repeat(31)), new java.math.BigDecimal("0E+40"), new java.math.BigDecimal("0E-40"),
                new java.math.BigDecimal("-1E-30"), new java.math.BigDecimal("-1E-31"), new java.math.BigDecimal("2.50"),
                new java.math.BigDecimal("0." + "0".repeat(29) + "1"), new java.math.BigDecimal("1" + "0".repeat(80)));
        List<java.time.LocalDate> dates = List.of(java.time.LocalDate.of(10_000, 1, 1), java.time.LocalDate.of(-1, 12, 31),
                java.time.LocalDate.of(0, 2, 29), java.time.LocalDate.of(9999, 12, 31), java.time.LocalDate.of(1999, 1, 1),
                java.time.LocalDate.of(2024, 2, 29), java.time.LocalDate.MAX, java.time.LocalDate.MIN);
        int typeViolations = 0;
        for (int i = 0; i < Math.max(decimals.size(), dates.size()); i++) {
            Object builder = responseType.getMethod("builder").invoke(null);
            java.math.BigDecimal decimal = decimals.get(i % decimals.size());
            java.time.LocalDate date = dates.get(i % dates.size());
            for (String question : List.of("n", "m")) {
                builder.getClass().getMethod(question, java.math.BigDecimal.class).invoke(builder, decimal);
            }
            for (String question : List.of("d", "e")) {
                builder.getClass().getMethod(question, java.time.LocalDate.class).invoke(builder, date);
            }
            Object response = builder.getClass().getMethod("build").invoke(builder);
            List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(generated.toJson(response)));
            assertThat(generated.validateResponse(response)).as("validate(response) of %s, %s", decimal, date)
                    .isEqualTo(expected);
            assertThat(generated.validateBinding(generated.fromJsonText(generated.toJsonText(response))))
                    .as("validate(fromJsonText(toJsonText(response))) of %s, %s", decimal, date).isEqualTo(expected);
            typeViolations += expected.stream().filter(v -> v.contains(" | type | ")).count();
        }
        assertThat(typeViolations).as("values that JSON cannot carry").isGreaterThanOrEqualTo(10);
    }

    /**
     * A binding built in code (a host's own reader) may give any {@code Violation.Code} as a
     * rejection's reason, for any question: each is reported as {@code choice} for an unknown code
     * of a choice question and as {@code type} otherwise (or {@code not-applicable} when the
     * question is not enabled), never as a null element of the list (a {@code CHOICE} for a text
     * question was one).
     */
    @Test
    void aBindingBuiltInCodeGetsAViolationForEachRejection() throws Exception {
        Survey survey = GeneratedSurvey.loadResource("/surveys/every-feature.yaml");
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("diff.rejected"));
        Object empty = generated.fromJson(Map.of(), false);
        Class<?> bindingType = empty.getClass();
        Class<?> rejectedType = java.util.Arrays.stream(bindingType.getClasses())
                .filter(c -> c.getSimpleName().equals("Rejected")).findFirst().orElseThrow();
        Class<?> codeType = rejectedType.getRecordComponents()[0].getType();
        var constructor = bindingType.getConstructors()[0];
        int choices = 0;
        for (dev.surveygen.model.Question q : survey.questions()) {
            for (Object code : codeType.getEnumConstants()) {
                Object rejected = rejectedType.getConstructors()[0].newInstance(code, "x");
                Object binding = constructor.newInstance(generated.responseOf(empty), Map.of(q.id(), rejected),
                        new java.util.TreeSet<String>());
                List<?> violations = generated.validateBindingRaw(binding);
                assertThat(violations).as("%s rejected as %s", q.id(), code).doesNotContainNull();
                List<String> rendered = generated.validateBinding(binding).stream().filter(v -> v.startsWith(q.id() + " | "))
                        .toList();
                boolean choice = code.toString().equals("CHOICE") && q.choices().isPresent();
                assertThat(rendered).as("%s rejected as %s", q.id(), code).hasSize(1).first().asString()
                        .matches(q.id() + " \\| (not-applicable|" + (choice ? "choice" : "type") + ") \\| .*");
                choices += rendered.get(0).contains(" | choice | ") ? 1 : 0;
            }
        }
        assertThat(choices).as("CHOICE rejections of enabled choice questions").isPositive();
    }

    private static void check(Survey survey, int responses, long seed) {
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("diff.p"
                + Math.abs(seed)));
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        ResponseCorpus corpus = new ResponseCorpus(survey, seed);
        int invalid = 0;
        for (int i = 0; i < responses; i++) {
            Map<String, Object> json = corpus.nextJson();
            List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(json));
            Object binding = generated.fromJson(json, false);
            assertThat(generated.validateBinding(binding)).as("JSON response %s", json).isEqualTo(expected);
            invalid += expected.isEmpty() ? 0 : 1;

            List<String> expectedStripped = GeneratedSurvey.renderReference(survey,
                    reference.check(reference.withoutDisabled(json)));
            assertThat(generated.validateBinding(generated.fromJson(json, true))).as("stripped JSON response %s", json)
                    .isEqualTo(expectedStripped);

            Object response = generated.responseOf(binding);
            Map<String, Object> written = generated.toJson(response);
            assertThat(generated.validateResponse(response)).as("validate(response) of %s", json)
                    .isEqualTo(GeneratedSurvey.renderReference(survey, reference.check(written)));
            assertThat(generated.responseOf(generated.fromJson(written, false))).as("toJson round trip of %s", json)
                    .isEqualTo(response);

            // JSON text, as a host stores it: read as strictly as check reads it, written back compactly.
            String text = JsonWriter.write(json);
            assertThat(generated.validateBinding(generated.fromJsonText(text))).as("JSON text %s", text).isEqualTo(expected);
            String stored = generated.toJsonText(response);
            assertThat(stored).as("toJsonText of %s", json).doesNotContain("\n", "\r", "\u2028", "\u2029");
            assertThat(GeneratedSurvey.renderReference(survey, reference.check(jsonObject(stored))))
                    .as("check of toJsonText of %s", json)
                    .isEqualTo(GeneratedSurvey.renderReference(survey, reference.check(written)));
            assertThat(generated.responseOf(generated.fromJsonText(generated.toJsonText(response))))
                    .as("toJsonText round trip of %s", json).isEqualTo(response);

            Map<String, List<String>> form = corpus.nextForm();
            List<String> expectedForm = GeneratedSurvey.renderReference(survey,
                    reference.check(FormValues.toResponse(survey, form)));
            assertThat(generated.validateBinding(generated.fromForm(form, false))).as("form %s", form)
                    .isEqualTo(expectedForm);
            Map<String, Object> formJson = FormValues.toResponse(survey, form);
            assertThat(generated.validateBinding(generated.fromForm(form, true))).as("stripped form %s", form)
                    .isEqualTo(GeneratedSurvey.renderReference(survey, reference.check(reference.withoutDisabled(formJson))));
        }
        // The corpus must exercise both outcomes, or the comparison proves little.
        assertThat(invalid).isBetween(responses / 10, responses - responses / 20);
    }

    /**
     * The generated JSON text reader against {@link JsonText} (what {@code surveygen check} reads) on
     * valid texts and on random corruptions of them: the same value, or the same error at the same
     * line and column with the same message.
     */
    @Test
    void jsonTextIsReadExactlyAsCheckReadsIt() {
        Survey survey = GeneratedSurvey.loadResource("/surveys/every-feature.yaml");
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("diff.json"));
        ResponseCorpus corpus = new ResponseCorpus(survey, 7);
        java.util.Random random = new java.util.Random(7);
        String noise = "{}[],:\"\\ \t\n0123456789-+.eEtruefalsn\u00e9\u3042\u2028\uFEFF\ud83d\ude00/bu";
        List<String> texts = new java.util.ArrayList<>(List.of("", " ", "{}", "[]", "null", "\uFEFF{}", "{\"a\":1,}",
                "[1,]", "{\"a\":1,\"a\":2}", "01", "-", "1.", "1e", "1e1234567", "\"\\x\"", "\"\\u12\"", "\"a\nb\"",
                "[".repeat(70) + "]".repeat(70), "{\"a\" 1}", "tru", "nul", "{\"a\":1} x", "\"\\ud83d\\ude00\"",
                "1" + "0".repeat(1000), "1" + "0".repeat(1001), "0." + "0".repeat(5000) + "1e5000", "1e999999999",
                "-1e1234567890", "{\"a\\n\":1,\"a\\n\":2}", "\"\\\n\"", "[\u0001]", "\"\\ud800\""));
        for (int i = 0; i < 3000; i++) {
            String text = i % 2 == 0 ? JsonWriter.write(corpus.nextJson()) : JsonWriter.pretty(corpus.nextJson());
            int edits = random.nextInt(4);
            StringBuilder b = new StringBuilder(text);
            for (int e = 0; e < edits && b.length() > 0; e++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, noise.charAt(random.nextInt(noise.length())));
                    case 2 -> b.setLength(at);
                    default -> b.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                }
            }
            texts.add(b.toString());
        }
        int errors = 0;
        for (String text : texts) {
            Object expected;
            try {
                expected = JsonWriter.write(JsonText.read(text));
            } catch (JsonText.SyntaxException e) {
                expected = "line " + e.line() + ", column " + e.column() + ": " + e.reason();
                errors++;
            }
            Object actual = generated.jsonRead(text);
            Object comparable = actual instanceof String message && expected.toString().startsWith("line ") ? message
                    : JsonWriter.write(asCheckReads(actual));
            assertThat(comparable).as("read %s", text).isEqualTo(expected);
        }
        assertThat(errors).as("corrupted texts").isBetween(texts.size() / 5, texts.size() - texts.size() / 5);
        assertThat(generated.fromJsonText("[1]")).isEqualTo("line 1, column 1: a response is a JSON object from question id"
                + " to answer");
    }

    /** A value of the generated reader with its oversize numbers as check's reader represents them. */
    private static Object asCheckReads(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, asCheckReads(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DifferentialTest::asCheckReads).toList();
        }
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
            assertThat(n.getClass().getName()).endsWith("Json$OversizeNumber"); // the copy, named after the survey
            return new dev.surveygen.json.JsonText.OversizeNumber(n.toString());
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(String text) {
        try {
            return (Map<String, Object>) JsonText.read(text);
        } catch (JsonText.SyntaxException e) {
            throw new AssertionError(text, e);
        }
    }

    static String readResource(String name) {
        try (var in = DifferentialTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
