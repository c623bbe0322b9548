package dev.surveygen.mhlw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.json.JsonText;
import dev.surveygen.json.JsonWriter;
import dev.surveygen.freemarker.FormPage;
import dev.surveygen.freemarker.SurveyForms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jp.go.mhlw.survey.r6.IpaExam;
import jp.go.mhlw.survey.r6.ItStaffHeadcount;
import jp.go.mhlw.survey.r6.HospitalSecurityBinder;
import jp.go.mhlw.survey.r6.HospitalSecurityBinder.DisabledAnswers;
import jp.go.mhlw.survey.r6.HospitalSecurityBinding;
import jp.go.mhlw.survey.r6.HospitalSecurityQuestions;
import jp.go.mhlw.survey.r6.HospitalSecurityResponse;
import jp.go.mhlw.survey.r6.HospitalSecurityValidator;
import jp.go.mhlw.survey.r6.HospitalSecurityViolation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The code that surveygen-maven-plugin generated from the MHLW survey in this module's
 * generate-sources phase (package {@code jp.go.mhlw.survey.r6}), used as an application would:
 * a form submission is bound and validated, the violations carry the Japanese messages the form
 * shows and the English ones (the survey's second locale), the generated form template renders
 * them with what was typed, and responses are read from and written to JSON.
 */
class MhlwGeneratedCodeTest {

    /** A complete submission as a browser sends it: every value a string, yes/no as yes/no. */
    private static Map<String, List<String>> completeForm() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("Q1-1", List.of("厚労 太郎"));
        form.put("Q1-2", List.of("医療法人〇〇会 〇〇病院"));
        form.put("Q2-1", List.of("yes"));
        form.put("Q2-2", List.of("yes"));
        form.put("Q2-3", List.of("sg", "sc"));
        form.put("Q3", List.of("2-4"));
        for (String id : List.of("Q4", "Q5", "Q6", "Q7-1", "Q7-2", "Q8", "Q9", "Q10", "Q11", "Q12", "Q14", "Q15",
                "Q16", "Q17-1", "Q17-2", "Q17-6")) {
            form.put(id, List.of("yes"));
        }
        form.put("Q13", List.of("１３"));   // typed with a Japanese input method
        form.put("Q17-3", List.of("2-or-more"));
        form.put("Q17-4", List.of("2-or-more"));
        form.put("Q17-5", List.of("3-or-more"));
        return form;
    }

    @Test
    void aCompleteSubmissionWithFullWidthDigitsIsValid() {
        HospitalSecurityBinding binding = HospitalSecurityBinder.fromForm(completeForm(), DisabledAnswers.DROP);

        assertThat(binding.rejected()).isEmpty();
        assertThat(HospitalSecurityValidator.validate(binding)).isEmpty();
        HospitalSecurityResponse response = binding.response();
        assertThat(response.minPasswordLength()).isEqualTo(13);
        assertThat(response.cisoIpaExams()).containsExactly(IpaExam.SG, IpaExam.SC);
        assertThat(response.itStaffHeadcount()).isEqualTo(ItStaffHeadcount.TWO_TO_FOUR);
        assertThat(HospitalSecurityQuestions.isEnabled(HospitalSecurityQuestions.BACKUP_COPIES, response)).isTrue();
        assertThat(ItStaffHeadcount.TWO_TO_FOUR.label(Locale.ENGLISH)).isEqualTo(ItStaffHeadcount.TWO_TO_FOUR.label(Locale.UK))
                .isNotEqualTo(ItStaffHeadcount.TWO_TO_FOUR.label(Locale.JAPANESE));
        assertThat(ItStaffHeadcount.TWO_TO_FOUR.label(Locale.GERMAN)).isEqualTo(ItStaffHeadcount.TWO_TO_FOUR.label(Locale.JAPANESE));
    }

    @Test
    void anInvalidSubmissionGivesJapaneseAndEnglishMessagesAndKeepsWhatWasTyped() {
        Map<String, List<String>> form = completeForm();
        form.put("Q1-1", List.of("   "));          // blank: unanswered
        form.put("Q13", List.of("６５"));           // full-width, read as 65: above the maximum
        form.put("Q3", List.of("many"));           // not a choice
        form.put("Q17-1", List.of("no"));          // hides Q17-2…Q17-6; the form drops their answers

        HospitalSecurityBinding binding = HospitalSecurityBinder.fromForm(form, DisabledAnswers.DROP);
        List<HospitalSecurityViolation> violations = HospitalSecurityValidator.validate(binding);

        assertThat(violations).extracting(v -> v.question() + " " + v.code().code() + " " + v.message(Locale.JAPANESE)
                + " / " + v.message(Locale.ENGLISH)).containsExactly(
                "Q1-1 required 入力してください。 / Enter an answer.",
                "Q3 choice " + violations.get(1).message(Locale.JAPANESE) + " / " + violations.get(1).message(Locale.UK),
                "Q13 range 1桁以上64桁以下で入力してください。 / Enter a number from 1 to 64 characters.");
        assertThat(violations.get(1).code()).isEqualTo(HospitalSecurityViolation.Code.CHOICE);
        assertThat(violations.get(1).message(Locale.JAPANESE)).isNotBlank().doesNotContainPattern("[A-Za-z]");
        // The survey declares ja and en: the English messages have no Japanese, and Q13 uses the
        // English unit ("characters" for 桁); a locale the survey lacks reads the default (ja).
        assertThat(violations.get(1).message(Locale.US)).isNotBlank()
                .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(violations.get(2).message(Locale.GERMAN)).isEqualTo("1桁以上64桁以下で入力してください。");
        assertThat(binding.rejected().get("Q3").reason()).isEqualTo(HospitalSecurityViolation.Code.CHOICE);
        assertThat(binding.rejected().get("Q3").value()).isEqualTo("many");
        assertThat(binding.response().backsUpEmr()).isNull();

        // Without stripping, answers to hidden questions are reported rather than dropped.
        assertThat(HospitalSecurityValidator.validate(HospitalSecurityBinder.fromForm(form)))
                .extracting(HospitalSecurityViolation::question, HospitalSecurityViolation::code)
                .contains(org.assertj.core.groups.Tuple.tuple("Q17-2", HospitalSecurityViolation.Code.NOT_APPLICABLE));
    }

    /**
     * Bug: a host's CSRF field made every POST fail with 「_csrf：この調査票にない質問です。」. Fields
     * named with the host prefix are no answers; any other unknown name still is reported.
     */
    @Test
    void theHostsOwnFieldsAreNoAnswersButTamperingIsStillReported() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        completeForm().forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        parameters.put("_csrf", new String[] {"3q2+7w=="});
        parameters.put("_", new String[] {""});
        assertThat(HospitalSecurityBinder.HOST_FIELD_PREFIX).isEqualTo("_");

        HospitalSecurityBinding binding = HospitalSecurityBinder.fromParameterMap(parameters, DisabledAnswers.DROP);
        assertThat(binding.unknownQuestions()).isEmpty();
        assertThat(HospitalSecurityValidator.validate(binding)).isEmpty();

        parameters.put("csrf", new String[] {"x"});
        parameters.put("Q99", new String[] {"yes"});
        assertThat(HospitalSecurityValidator.validate(HospitalSecurityBinder.fromParameterMap(
                parameters, DisabledAnswers.DROP))).extracting(HospitalSecurityViolation::question,
                        HospitalSecurityViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Q99", HospitalSecurityViolation.Code.UNKNOWN_QUESTION),
                        org.assertj.core.groups.Tuple.tuple("csrf", HospitalSecurityViolation.Code.UNKNOWN_QUESTION));
        // JSON is the stored shape, not a form: there a '_' key is an unknown question like any other.
        Map<String, Object> json = new LinkedHashMap<>(HospitalSecurityBinder.toJson(binding.response()));
        json.put("_csrf", "x");
        assertThat(HospitalSecurityBinder.fromJson(json).unknownQuestions()).containsExactly("_csrf");
    }

    @Test
    void aNonNumberIsRejectedWithTheTypeMessage() {
        Map<String, List<String>> form = completeForm();
        form.put("Q13", List.of("１３文字"));

        HospitalSecurityBinding binding = HospitalSecurityBinder.fromForm(form, DisabledAnswers.DROP);

        assertThat(binding.rejected().get("Q13").value()).isEqualTo("１３文字");
        assertThat(HospitalSecurityValidator.validate(binding)).extracting(v -> v.question() + " "
                + v.code() + " " + v.message(Locale.JAPANESE) + " / " + v.message(Locale.ENGLISH))
                .containsExactly("Q13 TYPE 整数で入力してください。 / Enter a whole number in digits.");
    }

    /**
     * Every stored response reads from JSON with the same violations as {@code surveygen check}
     * (the expectations of {@link MhlwResponsesThroughCliTest}); valid ones write back to the
     * same JSON (less blank answers, which are unanswered) and read back to an equal response.
     */
    @TestFactory
    Stream<DynamicTest> storedResponsesReadAndWriteAsJson() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(MhlwResponsesThroughCliTest.RESPONSES)) {
            cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        return cases.stream().map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(Path.of(json.toString().replace(".json", ".expected")))
                    .stream().filter(l -> !l.isBlank()).toList();
            Object parsed = JsonText.read(Files.readString(json, StandardCharsets.UTF_8));
            assertThat(parsed).isInstanceOf(Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> answers = (Map<String, Object>) parsed;

            HospitalSecurityBinding binding = HospitalSecurityBinder.fromJson(answers);
            assertThat(HospitalSecurityValidator.validate(binding))
                    .extracting(v -> v.question() + " " + v.code().code()).containsExactlyElementsOf(expected);

            if (expected.isEmpty()) {
                String written = JsonWriter.write(HospitalSecurityBinder.toJson(binding.response()));
                @SuppressWarnings("unchecked")
                Map<String, Object> reread = (Map<String, Object>) JsonText.read(written);
                // The same answers, less blank ones (unanswered, so not written).
                assertThat(answers).containsAllEntriesOf(reread);
                answers.forEach((id, value) -> assertThat(reread.containsKey(id) || "　".equals(value))
                        .as(id).isTrue());
                assertThat(HospitalSecurityBinder.fromJson(reread).response()).isEqualTo(binding.response());
            }
        }));
    }

    /**
     * The failed submission of {@link #anInvalidSubmissionGivesJapaneseAndEnglishMessagesAndKeepsWhatWasTyped}
     * shown again exactly as docs/forms.md says: the generated template, found on the classpath
     * where the plugin put it, rendered in one call with what was typed and the validator's
     * violations (the generated records, as they are).
     */
    @Test
    void theFormTemplateRendersTheViolationsAndWhatWasTyped() throws Exception {
        Map<String, List<String>> form = completeForm();
        form.put("Q1-1", List.of(""));
        form.put("Q13", List.of("６５"));
        HospitalSecurityBinding binding = HospitalSecurityBinder.fromForm(form, DisabledAnswers.DROP);
        List<HospitalSecurityViolation> violations = HospitalSecurityValidator.validate(binding);

        SurveyForms forms = SurveyForms.fromClasspath();
        String html = forms.render("mhlw-r6-hospital-cybersecurity", FormPage.builder().answers(form)
                .violations(violations).action("/survey?x=1&y=<2>").hiddenField("_csrf", "t0k3n").build());

        assertThat(html).contains("<title>エラー：病院における医療情報システムのサイバーセキュリティ対策に係る調査</title>");
        assertThat(html).contains("Q1-1：入力してください。", "Q13：1桁以上64桁以下で入力してください。");
        assertThat(html).containsPattern("<input [^>]*name=\"Q13\"[^>]*value=\"６５\"[^>]*aria-invalid=\"true\"");
        assertThat(html).contains("value=\"医療法人〇〇会 〇〇病院\"").contains("action=\"/survey?x=1&amp;y=&lt;2&gt;\"");
        assertThat(html).contains("<input type=\"hidden\" name=\"_csrf\" value=\"t0k3n\">");
        assertThat(html).contains("<script src=\"/surveygen/surveygen-rules.js\" defer></script>\n"
                + "<script src=\"/surveygen/surveygen-form.js\" defer></script>");
        assertThat(html).doesNotContain("Q2-1：");
    }

    /** What docs/forms.md says the plugin writes is where it is, and where SurveyForms looks. */
    @Test
    void theDocsNameTheFoldersThePluginWritesAndTheRendererReads() throws IOException {
        String docs = Files.readString(Path.of("../docs/forms.md"));
        assertThat(docs).contains(SurveyForms.TEMPLATE_FOLDER + "mhlw-r6-hospital-cybersecurity.ftlh",
                SurveyForms.ASSETS_FOLDER + "surveygen-form.js", "SurveyForms.fromClasspath()");
        ClassLoader classpath = MhlwGeneratedCodeTest.class.getClassLoader();
        assertThat(classpath.getResource(SurveyForms.TEMPLATE_FOLDER + "mhlw-r6-hospital-cybersecurity.ftlh")).isNotNull();
        assertThat(classpath.getResource(SurveyForms.ASSETS_FOLDER + "surveygen-form.js")).isNotNull();
        assertThat(classpath.getResource(SurveyForms.ASSETS_FOLDER + "surveygen-rules.js")).isNotNull();
        assertThat(classpath.getResource(SurveyForms.ASSETS_FOLDER + "surveygen-form.css")).isNotNull();
        assertThat(classpath.getResource("surveygen-form.js")).as("nothing at the root, beside the classes").isNull();
        assertThat(classpath.getResource("mhlw-r6-hospital-cybersecurity.ftlh")).isNull();
    }

    /** The plugin generates exactly what the generator's golden files (the CLI's output) hold. */
    @Test
    void thePluginGeneratedTheGoldenFiles() throws IOException {
        assertSameFiles(Path.of("target/generated-sources/surveygen/jp/go/mhlw/survey/r6"),
                Path.of("../generator/src/test/golden/mhlw/jp/go/mhlw/survey/r6"));
        // The command line writes the form files into one folder; the plugin onto the classpath.
        Path resources = Path.of("target/generated-resources/surveygen");
        Path golden = Path.of("../generator/src/test/golden/mhlw-forms");
        for (String name : List.of("mhlw-r6-hospital-cybersecurity.ftlh", "surveygen-rules.js", "surveygen-form.js",
                "surveygen-form.css")) {
            Path generated = resources.resolve((name.endsWith(".ftlh") ? SurveyForms.TEMPLATE_FOLDER : SurveyForms.ASSETS_FOLDER)
                    + name);
            assertThat(generated).as(name).hasSameBinaryContentAs(golden.resolve(name));
        }
        // The preview finds the script and stylesheet by a relative path, so it opens from disk there.
        String preview = Files.readString(resources.resolve(SurveyForms.TEMPLATE_FOLDER + "mhlw-r6-hospital-cybersecurity.html"));
        assertThat(preview.replace("../../" + SurveyForms.ASSETS_FOLDER, ""))
                .isEqualTo(Files.readString(golden.resolve("mhlw-r6-hospital-cybersecurity.html")));
        assertThat(Path.of("target/surveygen/mhlw-r6.digest")).isRegularFile();
    }

    private static void assertSameFiles(Path generated, Path golden) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(golden)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(generated)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList())
                    .isEqualTo(names);
        }
        for (String name : names) {
            assertThat(generated.resolve(name)).as(name).hasSameBinaryContentAs(golden.resolve(name));
        }
    }
}
