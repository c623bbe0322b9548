package dev.surveygen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import dev.surveygen.model.Survey;
import dev.surveygen.formgen.FormGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one check phase: the one message of the locale rule and of the configuration rules, and
 * that the check reports everything generation refuses.
 */
class SurveyCheckTest {

    private static final Path SURVEY = Path.of("src/test/resources/surveys/every-feature.yaml");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ja | ''
            en | ''
            em | the locale 'em' is not one of the survey's locales (ja, en) (did you mean 'en'?)
            fr | the locale 'fr' is not one of the survey's locales (ja, en)
            JA | the locale 'JA' is not one of the survey's locales (ja, en) (did you mean 'ja'?)
            """)
    void theLocaleRuleHasOneMessage(String locale, String message) throws IOException {
        Survey survey = new SurveyCheck(GenerationConfig.defaults()).check(SURVEY).survey().orElseThrow();
        assertThat(SurveyCheck.localeProblem(survey, locale).orElse("")).isEqualTo(message);
        assertThat(new SurveyCheck(GenerationConfig.defaults().withLocale(Optional.of(locale))).check(SURVEY)
                .diagnostics()).extracting(Object::toString)
                .isEqualTo(message.isEmpty() ? List.of() : List.of(SURVEY + ":1:1: error: " + message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            com.example.surveys | ''
            surveygen.generated | ''
            com..x              | 'com..x' is not a valid Java package name
            ''                  | '' is not a valid Java package name
            com.example.class   | 'com.example.class' is not a valid Java package name
            java.lang           | the package 'java.lang' belongs to the Java platform (the java and javax packages are reserved); choose a package of your own, such as com.example.surveys
            javax.surveys       | the package 'javax.surveys' belongs to the Java platform (the java and javax packages are reserved); choose a package of your own, such as com.example.surveys
            org.w3c.dom         | the package 'org.w3c.dom' belongs to the Java platform (module java.xml); choose a package of your own, such as com.example.surveys
            """)
    void thePackageRuleHasOneMessage(String packageName, String message) throws IOException {
        assertThat(SurveyCheck.configurationProblems(packageName, Optional.empty()))
                .isEqualTo(message.isEmpty() ? List.of() : List.of(message));
        assertThat(JavaGeneratorOptions.packageProblem(packageName).orElse("")).isEqualTo(message);
    }

    @Test
    void theConfigurationRulesReportTheTemplateDirectoryToo() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("radio.ftlh"), "");
        assertThat(SurveyCheck.configurationProblems("com..x", Optional.of(templates))).containsExactly(
                "'com..x' is not a valid Java package name",
                templates.resolve("radio.ftlh") + ": 'radio.ftlh' overrides no built-in template (did you mean "
                        + "'radios.ftlh'?); the templates are " + String.join(", ", FormGenerator.TEMPLATE_NAMES));
    }

    @Test
    void theTemplateCheckIsTheFormGeneratorsPreflight() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        assertThat(new SurveyCheck(GenerationConfig.defaults()).checkTemplates()).isEmpty();
        Files.writeString(templates.resolve("radios.ftlh"), "<#macro radios question answers error texts>\n${question.label\n</#macro>\n");
        GenerationConfig config = new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.of(templates),
                LoaderLimits.DEFAULT);
        assertThat(new SurveyCheck(config).checkTemplates()).singleElement().asString()
                .startsWith(templates.resolve("radios.ftlh") + ":3:2: error: the component radios.ftlh does not parse: Encountered \"/\", but was expecting one of these patterns: <STRING_LITERAL> ");
        assertThat(new SurveyCheck(config).checkTemplates())
                .isEqualTo(new FormGenerator(Optional.of(templates)).preflight());
    }

    @Test
    void javaNamesThatClashAreACheckErrorThatGenerationGivesToo() throws IOException {
        Path clash = Files.writeString(dir.resolve("clash.yaml"), """
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
        GenerationConfig config = GenerationConfig.defaults();
        SurveyCheck.Result checked = new SurveyCheck(config).check(clash);
        assertThat(checked.diagnostics()).extracting(Object::toString).containsExactly(clash
                + ":9:14: error: questions 'Q1-1' (line 8) and 'Q1_1' both become the Java name 'q1_1'; rename one");
        assertThat(new SurveyBuild(config).generate(clash).diagnostics()).isEqualTo(checked.diagnostics());
    }

    @Test
    void theJacksonLimitDependsOnTheOptionAndIsACheckError() throws IOException {
        // With Jackson the response holds fewer questions: a limit only the options decide.
        String questions = IntStream.range(0, dev.surveygen.naming.JavaLimits.MAX_QUESTIONS_WITH_JACKSON + 1)
                .mapToObj(i -> "      - {id: q" + i + ", type: yes-no, label: L}\n").collect(Collectors.joining());
        Path big = Files.writeString(dir.resolve("big.yaml"), "surveygen: 1\nid: s\ntitle: T\nsections:\n"
                + "  - id: a\n    title: A\n    questions:\n" + questions);
        GenerationConfig plain = GenerationConfig.defaults();
        GenerationConfig jackson = new GenerationConfig(new JavaGeneratorOptions(JavaGeneratorOptions.DEFAULT_PACKAGE,
                false, true), Optional.empty(), LoaderLimits.DEFAULT);
        assertThat(new SurveyCheck(plain).check(big).hasErrors()).isFalse();
        SurveyCheck.Result checked = new SurveyCheck(jackson).check(big);
        assertThat(checked.diagnostics()).extracting(Object::toString).singleElement().asString()
                .startsWith(big + ":1:1: error: the survey has " + (dev.surveygen.naming.JavaLimits.MAX_QUESTIONS_WITH_JACKSON + 1)
                        + " questions; the generated Java can have at most ");
        assertThat(checked.survey()).isEmpty();
    }
}
