package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.load.LoaderLimits;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Surveys near javac's limits (issue 10): 65,535 constants per class. The generated classes that
 * have a member per question spend at most one constant on it, so 50,000 questions compile
 * (shown in full by benchmarks/…/GenerateAndCompile, which takes minutes); beyond the limit the
 * check phase (lint) says so instead of letting code javac rejects be
 * generated.
 */
class HugeSurveyTest {

    private static String yesNoSurvey(int questions) {
        StringBuilder out = new StringBuilder("surveygen: 1\nid: huge\ntitle: 大\nlocales: [ja]\nsections:\n  - id: s\n"
                + "    title: 区分\n    questions:\n");
        for (int i = 1; i <= questions; i++) {
            // Past the 32,767th a question has a condition, so that its enablement is a call by position
            // (an unconditional question's is just "return true").
            out.append("      - {id: q").append(i).append(", type: yes-no, label: 質問")
                    .append(i > 32_767 ? ", when: \"${q1} = yes\"}\n" : "}\n");
        }
        return out.toString();
    }

    @Test
    void moreThan50000QuestionsAreALintErrorAtTheFirstQuestionTooMany() {
        SurveyLoader.Result result = new SurveyLoader(LoaderLimits.DEFAULT.withMaxCodePoints(64 * 1024 * 1024))
                .load("huge.yaml", yesNoSurvey(50_001).getBytes(StandardCharsets.UTF_8));

        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly("huge.yaml:50009:14: error: the"
                + " survey has 50001 questions; its generated Java can hold at most 50000 (javac's limit of 65,535"
                + " constants per class), and this is question 50001; split the survey");
    }

    @Test
    void moreThan30000QuestionsWithJacksonAreRefusedByGenerateWithTheLimitNamed() {
        Survey survey = GeneratedSurvey.load("huge.yaml", yesNoSurvey(30_001));

        JavaGenerator.Result jackson = new JavaGenerator().generate(survey, new JavaGeneratorOptions("huge", false, true));

        assertThat(jackson.files()).isEmpty();
        assertThat(jackson.diagnostics()).extracting(Object::toString).containsExactly("huge.yaml:1:1: error: the survey"
                + " has 30001 questions; the generated Java can have at most 30000 with Jackson annotations (javac's limit"
                + " of 65,535 constants per class); split the survey, or generate without Jackson");
    }

    @Test
    void questionsPast32767SpendNoConstantOnTheirSlotOrTheirEnablementOrTheirId() {
        Survey survey = GeneratedSurvey.load("huge.yaml", yesNoSurvey(32_770));

        JavaGenerator.Result result = new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults().withPackage("h"));

        assertThat(result.diagnostics()).isEmpty();
        Map<String, String> files = result.files().stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content, (a, b) -> a));
        String response = files.get("h/HugeResponse.java");
        assertThat(response)
                .contains("static final int HIGH = Integer.parseInt(\"32768\");")
                .contains("return (Boolean) values[32767];")
                .contains("return (Boolean) values[HugeResponse.HIGH + 0];")
                .contains("return set$(HugeResponse.HIGH + 1, value);")
                .doesNotContain("values[32768]");
        // isEnabled calls each part by position: a comparison and a call per part, no constant per question.
        assertThat(files).doesNotContainKey("h/HugeEnablement.java");
        assertThat(files.get("h/HugeQuestions.java"))
                .contains("        if (i < 32700) {\n            return HugePart326.enabled(i - 32600, response);\n        }\n"
                        + "        return HugePart327.enabled(i - 32700, response);\n    }");
        assertThat(files.get("h/HugeQuestions.java"))
                .doesNotContain("public static final String Q")
                .contains("public static final List<String> ALL");
        // The three last questions have one condition: they share the first one's method and one case.
        assertThat(files.get("h/HugePart327.java")).contains("case 67, 68, 69 -> enabled_q32768(r);")
                .doesNotContain("enabled_q32769", "enabled_q32770");
    }
}
