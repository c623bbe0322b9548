package dev.surveygen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.formgen.FormGenerator;
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

        Files.writeString(templates.resolve("form.ftlh"), "");
        Files.writeString(templates.resolve("radio.ftlh"), "");
        Files.createDirectories(templates.resolve("surveygen-form.js"));
        String names = String.join(", ", FormGenerator.TEMPLATE_NAMES);
        assertThat(names).startsWith("surveygen.ftlh, functions.ftlh, page.ftlh, ").endsWith(", guidance.ftlh,"
                + " surveygen-rules.js, surveygen-form.js, surveygen-form.css");
        assertThat(BuiltInTemplates.check(templates)).containsExactly(
                templates.resolve("form.ftlh") + ": 'form.ftlh' overrides no built-in template any more: the form is"
                        + " made of components, each overridden on its own by its file name (page.ftlh, radios.ftlh,"
                        + " guidance.ftlh, …; docs/forms.md); the templates are " + names,
                templates.resolve("radio.ftlh") + ": 'radio.ftlh' overrides no built-in template (did you mean "
                        + "'radios.ftlh'?); the templates are " + names,
                templates.resolve("surveygen-form.js") + ": a template override must be a regular file");
        assertThat(BuiltInTemplates.check(dir.resolve("missing"))).containsExactly(
                dir.resolve("missing") + ": the template directory does not exist");
        assertThat(BuiltInTemplates.check(templates.resolve("surveygen-form.css"))).singleElement().asString()
                .endsWith("is not a directory");
    }

    @Test
    void theTemplateDiagnosticsArePositionedAndIncludeComponentSyntax() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        assertThat(BuiltInTemplates.diagnostics(templates)).as("an empty directory overrides nothing").isEmpty();
        for (String name : FormGenerator.COMPONENTS) {
            Files.writeString(templates.resolve(name), Files.readString(
                    Path.of("../templates/src/main/resources/dev/surveygen/templates/components/" + name)));
        }
        assertThat(BuiltInTemplates.diagnostics(templates)).as("the built-in components as overrides").isEmpty();

        Files.writeString(templates.resolve("guidance.ftlh"), "<p>\n\t<#fi>\n");
        Files.writeString(templates.resolve("surveygen-from.css"), "");
        String names = String.join(", ", FormGenerator.TEMPLATE_NAMES);
        assertThat(BuiltInTemplates.diagnostics(templates)).extracting(Object::toString).containsExactly(
                templates.resolve("surveygen-from.css") + ":1:1: error: 'surveygen-from.css' overrides no built-in"
                        + " template (did you mean 'surveygen-form.css'?); the templates are " + names,
                // The column of the directive's name; a tab counts as one column.
                templates.resolve("guidance.ftlh") + ":2:3: error: the component guidance.ftlh does not parse: Unknown"
                        + " directive: #fi. Help (latest version): http://freemarker.org/docs/ref_directive_alphaidx.html;"
                        + " you're using FreeMarker 2.3.34.");
        assertThat(BuiltInTemplates.diagnostics(dir.resolve("missing"))).extracting(Object::toString)
                .containsExactly(dir.resolve("missing") + ":1:1: error: the template directory does not exist");
        assertThat(BuiltInTemplates.check(templates)).as("the strings of check() have no syntax check")
                .containsExactly(templates.resolve("surveygen-from.css") + ": 'surveygen-from.css' overrides no"
                        + " built-in template (did you mean 'surveygen-form.css'?); the templates are " + names);
    }

    @Test
    void generatingFromACheckedResultIsGeneratingFromTheFile() throws IOException {
        SurveyBuild build = new SurveyBuild(GenerationConfig.defaults());
        SurveyCheck.Result checked = new SurveyCheck(GenerationConfig.defaults()).check(SURVEY);

        SurveyBuild.Result fromChecked = build.generate(checked);
        SurveyBuild.Result fromFile = build.generate(SURVEY);

        assertThat(fromChecked.javaSources()).isNotEmpty().isEqualTo(fromFile.javaSources());
        assertThat(fromChecked.resources()).isNotEmpty().isEqualTo(fromFile.resources());
        assertThat(fromChecked.diagnostics()).isEqualTo(fromFile.diagnostics());
        SurveyCheck.Result bad = new SurveyCheck(GenerationConfig.defaults().withLocale(Optional.of("em"))).check(SURVEY);
        SurveyBuild.Result fromBad = build.generate(bad);
        assertThat(fromBad.diagnostics()).as("a result with errors generates nothing").isEqualTo(bad.diagnostics());
        assertThat(fromBad.javaSources()).isEmpty();
        assertThat(fromBad.resources()).isEmpty();
    }
}
