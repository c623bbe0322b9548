package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.model.Survey;
import org.junit.jupiter.api.Test;

/** Names derived from ids and codes, and the clashes and limits reported before any file is written. */
class JavaNamesTest {

    @Test
    void derivesNamesDeterministically() {
        assertThat(JavaNames.methodName("Q2-3-other")).isEqualTo("q2_3_other");
        assertThat(JavaNames.methodName("class")).isEqualTo("class_");
        assertThat(JavaNames.methodName("toString")).isEqualTo("toString_");
        assertThat(JavaNames.constantName("Q17-3")).isEqualTo("Q17_3");
        assertThat(JavaNames.enumConstant("2-or-more")).isEqualTo("_2_OR_MORE");
        assertThat(JavaNames.upperCamel("mhlw-r6-hospital-cybersecurity")).isEqualTo("MhlwR6HospitalCybersecurity");
        assertThat(JavaNames.upperCamel("Q1-1")).isEqualTo("Q1_1");
        assertThat(JavaNames.upperCamel("Q11")).isEqualTo("Q11");
    }

    @Test
    void idsThatBecomeTheSameJavaNameAreErrorsNamingBothLines() {
        JavaGenerator.Result result = generate("""
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: Q1-1, type: yes-no, label: A}
                      - {id: Q1_1, type: yes-no, label: B}
                """);
        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
                "t.yaml:9:14: error: questions 'Q1-1' (line 8) and 'Q1_1' both become the Java name 'q1_1'; rename one");
    }

    @Test
    void choiceCodesThatBecomeTheSameConstantAreErrors() {
        JavaGenerator.Result result = generate("""
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - id: C
                        type: single-choice
                        label: C
                        choices:
                          - {code: a-b, label: A}
                          - {code: a_b, label: B}
                """);
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
                "t.yaml:13:20: error: choice codes 'a-b' (line 12) and 'a_b' both become the Java constant 'A_B'; rename one");
    }

    @Test
    void aChoiceListNamedLikeAJdkTypeIsAnError() {
        JavaGenerator.Result result = generate("""
                surveygen: 1
                id: s
                title: T
                choice-lists:
                  string:
                    - {code: a, label: A}
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: C, type: single-choice, label: C, choices: string}
                """);
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
                "t.yaml:5:3: error: choice list 'string' would become the Java type 'String', which hides the JDK type"
                        + " of that name; rename it");
    }

    @Test
    void exponentiallyChainedConditionsAreRefused() {
        StringBuilder yaml = new StringBuilder("""
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: Q0, type: yes-no, label: L}
                      - {id: Q1, type: yes-no, label: L}
                """);
        for (int i = 2; i < 30; i++) {
            yaml.append("      - id: Q").append(i).append("\n        type: yes-no\n        label: L\n        when: ${Q")
                    .append(i - 1).append("} = yes or ${Q").append(i - 2).append("} = yes\n");
        }
        JavaGenerator.Result result = generate(yaml.toString());
        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).singleElement().asString()
                .startsWith("t.yaml:78:13: error: whether 'Q19' is enabled depends on 13529 condition evaluations");
    }

    private static JavaGenerator.Result generate(String yaml) {
        Survey survey = GeneratedSurvey.load("t.yaml", yaml);
        return new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults());
    }
}
