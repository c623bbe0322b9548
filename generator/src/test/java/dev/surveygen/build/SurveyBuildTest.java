package dev.surveygen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import dev.surveygen.load.SurveyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared configuration and the one check phase: the locale and the template directory check. */
class SurveyBuildTest {

    /** The generator's fixture that uses every feature; it declares the locales ja and en. */
    private static final Path SURVEY = Path.of("src/test/resources/surveys/every-feature.yaml");

    @TempDir
    Path dir;

    @Test
    void aLocaleTheSurveyDoesNotDeclareIsAnErrorAndGeneratesNothing() throws IOException {
        GenerationConfig config = GenerationConfig.defaults().withLocale(Optional.of("em"));

        SurveyBuild.Result result = new SurveyBuild(config).generate(SURVEY);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(SURVEY
                + ":1:1: error: the locale 'em' is not one of the survey's locales (ja, en) (did you mean 'en'?)");
        assertThat(result.javaSources()).isEmpty();
        assertThat(new SurveyBuild(config.withLocale(Optional.of("en"))).generate(SURVEY).javaSources()).isNotEmpty();
    }

    @Test
    void generateReportsWhatTheCheckReportsAndTheCheckGeneratesNothing() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), Files.readString(SURVEY).replace("type: yes-no",
                "type: yes-noo"));
        GenerationConfig config = GenerationConfig.defaults().withLocale(Optional.of("en"));

        SurveyCheck.Result checked = new SurveyCheck(config).check(broken);

        assertThat(checked.diagnostics()).isNotEmpty()
                .isEqualTo(new SurveyLoader(LoaderLimits.DEFAULT).load(broken).diagnostics())
                .isEqualTo(new SurveyBuild(config).generate(broken).diagnostics());
        assertThat(checked.survey()).isEmpty();

        SurveyCheck.Result good = new SurveyCheck(config).check(SURVEY);
        assertThat(good.hasErrors()).isFalse();
        assertThat(good.survey()).isPresent();
        assertThat(new SurveyCheck(GenerationConfig.defaults().withLocale(Optional.of("em"))).check(SURVEY).diagnostics())
                .extracting(Object::toString).containsExactly(SURVEY + ":1:1: error: the locale 'em' is not one of the"
                        + " survey's locales (ja, en) (did you mean 'en'?)");
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
                        + "'form.ftlh'?); the templates are form.ftlh, surveygen-rules.js, surveygen-form.js, surveygen-form.css",
                templates.resolve("surveygen-form.js") + ": a template override must be a regular file");
        assertThat(BuiltInTemplates.check(dir.resolve("missing"))).containsExactly(
                dir.resolve("missing") + ": the template directory does not exist");
        assertThat(BuiltInTemplates.check(templates.resolve("surveygen-form.css"))).singleElement().asString()
                .endsWith("is not a directory");
    }
}
