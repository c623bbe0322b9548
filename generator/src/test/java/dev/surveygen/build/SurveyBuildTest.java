package dev.surveygen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared configuration: the locale and the template directory check. */
class SurveyBuildTest {

    private static final String SURVEY = """
            surveygen: 1
            id: s
            title: T
            sections:
              - id: a
                title: A
                questions:
                  - id: A
                    type: yes-no
                    label: A
            """;

    @TempDir
    Path dir;

    @Test
    void aLocaleTheSurveyDoesNotDeclareIsAnErrorAndGeneratesNothing() throws IOException {
        Path survey = Files.writeString(dir.resolve("s.yaml"), SURVEY);
        GenerationConfig config = GenerationConfig.defaults().withLocale(Optional.of("jp"));

        SurveyBuild.Result result = new SurveyBuild(config).generate(survey);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(survey
                + ":1:1: error: the locale 'jp' is not one of the survey's locales (ja) (did you mean 'ja'?)");
        assertThat(result.javaSources()).isEmpty();
        assertThat(new SurveyBuild(config.withLocale(Optional.of("ja"))).generate(survey).javaSources()).isNotEmpty();
    }

    @Test
    void theOldConstructorMeansTheSurveysOwnLocaleAndTheFingerprintHasTheLocale() {
        GenerationConfig config = new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.empty(),
                LoaderLimits.DEFAULT);
        assertThat(config.locale()).isEmpty();
        assertThat(config.fingerprint()).contains("locale=\n");
        assertThat(config.withLocale(Optional.of("en")).fingerprint()).contains("locale=en\n");
    }

    @Test
    void aTemplateDirectoryMayHoldOnlyBuiltInTemplateNames() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("surveygen-form.css"), "");
        assertThat(BuiltInTemplates.check(templates)).isEmpty();

        Files.writeString(templates.resolve("form.ftl"), "");
        Files.createDirectories(templates.resolve("surveygen-form.js"));
        assertThat(BuiltInTemplates.check(templates)).containsExactly(
                templates.resolve("form.ftl") + ": 'form.ftl' overrides no built-in template (did you mean "
                        + "'form.ftlh'?); the templates are form.ftlh, surveygen-form.js, surveygen-form.css",
                templates.resolve("surveygen-form.js") + ": a template override must be a regular file");
        assertThat(BuiltInTemplates.check(dir.resolve("missing"))).containsExactly(
                dir.resolve("missing") + ": the template directory does not exist");
        assertThat(BuiltInTemplates.check(templates.resolve("surveygen-form.css"))).singleElement().asString()
                .endsWith("is not a directory");
    }
}
