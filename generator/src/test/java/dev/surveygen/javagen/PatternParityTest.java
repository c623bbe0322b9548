package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.load.RandomPatterns;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated validator, through both binders, judges patterns as the reference does: a
 * survey of 40 text questions with seeded random patterns, and 1,000 responses of answers made
 * for those patterns (many matching, some a thousand times longer).
 */
public class PatternParityTest {

    /** A survey of {@code count} optional text questions P0, P1, ... with random accepted patterns. */
    public static Survey survey(long seed, int count) {
        RandomPatterns patterns = new RandomPatterns(seed, false);
        StringBuilder yaml = new StringBuilder("""
                surveygen: 1
                id: patterns
                title: Patterns
                defaults:
                  required: false
                sections:
                  - id: s
                    title: S
                    questions:
                """);
        for (int i = 0; i < count; i++) {
            yaml.append("      - id: P").append(i).append("\n        type: text\n        label: P").append(i)
                    .append("\n        pattern: ").append(RandomPatterns.yaml(patterns.next())).append('\n');
        }
        return TestSurveys.load("patterns.yaml", yaml.toString());
    }

    /** A response answering each question of {@code survey} with a random answer for its pattern. */
    public static Map<String, Object> response(Survey survey, RandomPatterns answers) {
        Map<String, Object> response = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            String pattern = Constraints.of(q).pattern().orElseThrow();
            String answer = answers.answer(pattern, PatternCompiler.compileAccepted(pattern));
            response.put(q.id(), answers.oneIn(50) ? answer.repeat(1000) : answer);
        }
        return response;
    }

    @Test
    void generatedCodeMatchesPatternsAsTheReferenceDoes() {
        Survey survey = survey(31, 40);
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("pp"));
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        RandomPatterns answers = new RandomPatterns(32, true);
        int violations = 0;
        int answered = 0;
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> json = response(survey, answers);
            List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(json));
            assertThat(generated.validateBinding(generated.fromJson(json, false))).as("JSON %s", json).isEqualTo(expected);
            Map<String, List<String>> form = new LinkedHashMap<>();
            json.forEach((id, value) -> form.put(id, List.of((String) value)));
            assertThat(generated.validateBinding(generated.fromForm(form, false))).as("form %s", form)
                    .isEqualTo(GeneratedSurvey.renderReference(survey, reference.check(FormValues.toResponse(survey, form))));
            violations += expected.size();
            answered += (int) json.values().stream().filter(v -> !((String) v).isBlank()).count();
        }
        // Both outcomes must be common, or the comparison proves little.
        assertThat(violations).isBetween(answered / 10, answered - answered / 10);
    }

    @Test
    void theLargestProgramsCompileUnderStrictJavacAndMatch() {
        // 5,000 and 4,803 states: about 75,000 characters of program text each, more than one string constant holds
        Survey survey = TestSurveys.load("largest.yaml", """
                surveygen: 1
                id: largest
                title: Largest
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: A, type: long-text, label: A, pattern: '[a-z]{4999}'}
                      - {id: B, type: long-text, label: B, pattern: '(x|[0-9]{1,1200}){2}'}
                """);
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("largest"));
        ReferenceInterpreter reference = new ReferenceInterpreter(survey);
        for (String a : List.of("a".repeat(4999), "a".repeat(4998), "a".repeat(4998) + "A")) {
            for (String b : List.of("xx", "x" + "9".repeat(1200), "9".repeat(1201) + "x", "1".repeat(2400), "1".repeat(2401))) {
                Map<String, Object> json = new LinkedHashMap<>(Map.of("A", a, "B", b));
                List<String> expected = GeneratedSurvey.renderReference(survey, reference.check(json));
                assertThat(generated.validateBinding(generated.fromJson(json, false))).isEqualTo(expected);
            }
        }
        assertThat(GeneratedSurvey.renderReference(survey, reference.check(Map.of("A", "a".repeat(4999), "B", "1".repeat(2400)))))
                .isEmpty();
        assertThat(GeneratedSurvey.renderReference(survey, reference.check(Map.of("A", "a".repeat(4998), "B", "1".repeat(2401)))))
                .hasSize(2);
    }
}
