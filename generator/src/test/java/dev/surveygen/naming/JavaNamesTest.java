package dev.surveygen.naming;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.load.SurveyLoader;
import org.junit.jupiter.api.Test;

/**
 * Names derived from ids and codes, and the clashes and limits the check phase reports, so that
 * lint finds everything generation would refuse (Q1-1 and Q1_1 passed lint and failed generate).
 */
class JavaNamesTest {

    private static void assertLint(String yaml, String... expected) {
        SurveyLoader.Result result = new SurveyLoader().load("t.yaml", yaml.getBytes(UTF_8));
        assertThat(result.diagnostics()).map(Diagnostic::toString).containsExactly(expected);
    }

    @Test
    void derivesNamesDeterministically() {
        assertThat(JavaNames.methodName("Q2-3-other")).isEqualTo("q2_3_other");
        assertThat(JavaNames.methodName("class")).isEqualTo("class_");
        assertThat(JavaNames.methodName("toString")).isEqualTo("toString_");
        assertThat(JavaNames.constantName("Q17-3")).isEqualTo("Q17_3");
        assertThat(JavaNames.constantName("all")).isEqualTo("ALL_");
        assertThat(JavaNames.enumConstant("2-or-more")).isEqualTo("_2_OR_MORE");
        assertThat(JavaNames.enumConstant("by-code")).isEqualTo("BY_CODE");
        assertThat(JavaNames.enumConstant("_")).isEqualTo("_$");
        assertThat(JavaNames.enumConstant("-")).isEqualTo("_$");
        assertThat(JavaNames.enumConstant("__")).isEqualTo("__");
        assertThat(JavaNames.upperCamel("mhlw-r6-hospital-cybersecurity")).isEqualTo("MhlwR6HospitalCybersecurity");
        assertThat(JavaNames.upperCamel("Q1-1")).isEqualTo("Q1_1");
        assertThat(JavaNames.upperCamel("Q11")).isEqualTo("Q11");
        // A question's java-name gives its constant in …Questions.
        assertThat(JavaNames.questionConstant("hasCiso")).isEqualTo("HAS_CISO");
        assertThat(JavaNames.questionConstant("parseHTTPResponse")).isEqualTo("PARSE_HTTP_RESPONSE");
        assertThat(JavaNames.questionConstant("ipv4Address")).isEqualTo("IPV4_ADDRESS");
        assertThat(JavaNames.questionConstant("q2_3_other")).isEqualTo("Q2_3_OTHER");
        assertThat(JavaNames.questionConstant("all")).isEqualTo("ALL_");
        assertThat(JavaNames.problem("TWO_TO_FOUR", JavaNames.Kind.CONSTANT)).isEmpty();
        assertThat(JavaNames.problem("A1B", JavaNames.Kind.CONSTANT)).isEmpty();
        assertThat(JavaNames.problem("HospitalSecurity", JavaNames.Kind.TYPE)).isEmpty();
        assertThat(JavaNames.problem("hasCiso", JavaNames.Kind.METHOD)).isEmpty();
    }

    @Test
    void idsThatBecomeTheSameJavaNameAreLintErrorsNamingBothLines() {
        assertLint("""
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: Q1-1, type: yes-no, label: A}
                      - {id: Q1_1, type: yes-no, label: B}
                      - {id: all, type: yes-no, label: C}
                      - {id: ALL_, type: yes-no, label: D}
                """,
                "t.yaml:9:14: error: questions 'Q1-1' (line 8) and 'Q1_1' both become the Java name 'q1_1'; rename one",
                "t.yaml:11:14: error: questions 'all' (line 10) and 'ALL_' both become the Java constant 'ALL_'; rename one");
    }

    @Test
    void choiceCodesThatBecomeTheSameConstantAreLintErrors() {
        assertLint("""
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
                          - {code: '-', label: C}
                          - {code: _, label: D}
                """,
                "t.yaml:13:20: error: choice codes 'a-b' (line 12) and 'a_b' both become the Java constant 'A_B'; rename one",
                "t.yaml:15:20: error: choice codes '-' (line 14) and '_' both become the Java constant '_$'; rename one");
    }

    @Test
    void choiceListsThatBecomeGeneratedTypeNamesAreLintErrors() {
        assertLint("""
                surveygen: 1
                id: s
                title: T
                choice-lists:
                  s-response: [{code: a, label: A}]
                  s-part0: [{code: a, label: A}]
                  S-PART12: [{code: a, label: A}]
                  colour: [{code: a, label: A}]
                  COLOUR: [{code: a, label: A}]
                  s-binder-part3: [{code: a, label: A}]
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: C1, type: single-choice, label: C, choices: s-response}
                      - {id: C2, type: single-choice, label: C, choices: s-part0}
                      - {id: C3, type: single-choice, label: C, choices: S-PART12}
                      - {id: C4, type: single-choice, label: C, choices: colour}
                      - {id: C5, type: single-choice, label: C, choices: COLOUR}
                      - {id: C6, type: single-choice, label: C, choices: s-binder-part3}
                """,
                "t.yaml:5:3: error: choice list 's-response' and the generated class SResponse both become the Java"
                        + " type 'SResponse'; rename one",
                "t.yaml:6:3: error: choice list 's-part0' would become the Java type 'SPart0', a name the generated code"
                        + " keeps for its parts (SPart0, SBinderPart0, SPart1, …, in any letter case); rename it",
                "t.yaml:7:3: error: choice list 'S-PART12' would become the Java type 'SPART12', a name the generated code"
                        + " keeps for its parts (SPart0, SBinderPart0, SPart1, …, in any letter case); rename it",
                "t.yaml:9:3: error: choice list 'COLOUR' and choice list 'colour' (line 8) become the Java types 'COLOUR'"
                        + " and 'Colour', whose files COLOUR.java and Colour.java are one file on Windows and macOS;"
                        + " rename one",
                "t.yaml:10:3: error: choice list 's-binder-part3' would become the Java type 'SBinderPart3', a name the"
                        + " generated code keeps for its parts (SPart0, SBinderPart0, SPart1, …, in any letter case); rename it");
    }

    @Test
    void choiceListsNamedLikeJdkTypesAreFine() {
        // The generated code writes java.lang.String and friends with their package when a list takes the name.
        assertLint("""
                surveygen: 1
                id: s
                title: T
                choice-lists:
                  string: [{code: a, label: A}]
                  stack-overflow-error: [{code: a, label: A}]
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: C1, type: single-choice, label: C, choices: string}
                      - {id: C2, type: single-choice, label: C, choices: stack-overflow-error}
                """);
    }

    @Test
    void exponentiallyChainedConditionsAreLintErrors() {
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
        assertLint(yaml.toString(), "t.yaml:78:13: error: whether 'Q19' is enabled takes 13529 condition evaluations"
                + " through its conditions, counting each reference to a question (limit 10000); make the chain shorter"
                + " or refer to chained questions fewer times");
    }

    @Test
    void everyReferenceToAQuestionCounts() {
        // 101 references to Q1 (each costing 102 evaluations, for its own 101 references to Q0): 10303.
        String q1 = String.join(" or ", java.util.Collections.nCopies(101, "${Q1} = yes"));
        assertLint("""
                surveygen: 1
                id: s
                title: T
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: Q0, type: yes-no, label: L}
                      - {id: Q1, type: yes-no, label: L, when: "%s"}
                      - {id: Q2, type: yes-no, label: L, when: "%s"}
                """.formatted(String.join(" or ", java.util.Collections.nCopies(101, "${Q0} = yes")), q1),
                "t.yaml:10:14: error: whether 'Q2' is enabled takes 10303 condition evaluations through its conditions,"
                        + " counting each reference to a question (limit 10000); make the chain shorter or refer to"
                        + " chained questions fewer times");
    }
}
