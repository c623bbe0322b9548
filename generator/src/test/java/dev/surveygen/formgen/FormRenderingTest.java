package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.freemarker.FormPage;
import dev.surveygen.freemarker.SurveyForms;
import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.Violation;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering the form two ways gives the same bytes, page by page: through {@link SurveyForms}
 * (whose configuration reads each survey's view once per loaded template) and through a FreeMarker
 * configuration a host set up by hand without that method (the template reads its view with
 * {@code ?eval_json} on every render). (That the components render what they rendered before they
 * were tuned for speed was shown once, when they were, against a copy of the earlier ones; the
 * golden files hold the output since.) The pages: each form
 * empty, as a preview, with the MHLW benchmarks' invalid response (three violations), and with the
 * seeded submissions of the differential corpus (answers as submitted, the reference's violations
 * as records or as maps, a CSRF field and an action), for MHLW in Japanese and in English,
 * every-feature, the German survey and PHQ-9.
 */
class FormRenderingTest {

    @TempDir
    Path root;

    @Test
    void mhlwInJapaneseOnTheDifferentialCorpus() throws IOException {
        Survey survey = TestSurveys.mhlw();
        Renderers renderers = new Renderers(FormPages.write(survey, "ja", root));
        renderers.assertSame("the INVALID response of the benchmarks", invalidMhlw(), renderers.violations(invalidMhlw()));
        renderers.assertCorpus(1000, 31);
    }

    @Test
    void mhlwInEnglish() throws IOException {
        Renderers renderers = new Renderers(FormPages.write(TestSurveys.mhlw(), "en", root));
        renderers.assertSame("the INVALID response of the benchmarks", invalidMhlw(), renderers.violations(invalidMhlw()));
        renderers.assertCorpus(200, 32);
    }

    @Test
    void everyFeature() throws IOException {
        new Renderers(FormPages.write(TestSurveys.everyFeature(), root)).assertCorpus(300, 33);
    }

    @Test
    void theGermanSurveyAndPhq9() throws IOException {
        for (String name : List.of("clinic-de.yaml", "phq-9.yaml")) {
            Survey survey = FormCatalogueTest.checked(FormCatalogueTest.LOCALES.resolve(name), GenerationConfig.defaults());
            new Renderers(FormPages.write(survey, root.resolve(name))).assertCorpus(200, 34);
        }
    }

    /** The benchmarks' INVALID response (MhlwResponses): every question answered but Q3, Q1-2 too long, Q13 out of range. */
    private static Map<String, List<String>> invalidMhlw() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("Q1-1", List.of("厚労 太郎"));
        form.put("Q1-2", List.of("病".repeat(201)));
        form.put("Q2-1", List.of("yes"));
        form.put("Q2-2", List.of("yes"));
        form.put("Q2-3", List.of("sg", "sc", "other"));
        form.put("Q2-3-other", List.of("医療情報技師"));
        for (String id : List.of("Q4", "Q5", "Q6", "Q7-1", "Q7-2", "Q8", "Q9", "Q10", "Q11", "Q12")) {
            form.put(id, List.of("yes"));
        }
        form.put("Q13", List.of("0"));
        for (String id : List.of("Q14", "Q15", "Q16", "Q17-1", "Q17-2")) {
            form.put(id, List.of("yes"));
        }
        form.put("Q17-3", List.of("2-or-more"));
        form.put("Q17-4", List.of("2-or-more"));
        form.put("Q17-5", List.of("3-or-more"));
        form.put("Q17-6", List.of("yes"));
        return form;
    }

    /** The two ways of rendering one generated form. */
    private static final class Renderers {

        private final FormPages pages;
        private final SurveyForms forms;
        private final Configuration plainHost;

        Renderers(FormPages pages) throws IOException {
            this.pages = pages;
            this.forms = SurveyForms.fromDirectory(pages.root);
            this.plainHost = plainConfiguration(new FileTemplateLoader(pages.root.toFile()));
            String template = Files.readString(pages.root.resolve(pages.survey.id() + ".ftlh"));
            assertThat(template).as("the template reads its view with sgView").contains("\nview=sg.sgView(r'{");
        }

        /** Every seeded submission of the corpus, shown again with the reference's violations. */
        void assertCorpus(int count, long seed) throws IOException {
            assertSame("the empty form", Map.of(), List.of());
            Map<String, Object> preview = new LinkedHashMap<>();
            preview.put("preview", true);
            assertThat(render(forms, FormPage.builder().preview(true).assetsPath("").build()))
                    .as("the preview").isEqualTo(render(plainHost, preview))
                    .isEqualTo(pages.staticPage);
            var corpus = TestSurveys.corpus(pages.survey, seed);
            int withViolations = 0;
            for (int i = 0; i < count; i++) {
                Map<String, List<String>> form = corpus.nextForm();
                List<Object> violations = violations(form);
                if (i % 2 == 1) {
                    violations.replaceAll(v -> Map.of("question", ((ViolationView) v).question(),
                            "message", ((ViolationView) v).message()));
                }
                withViolations += violations.isEmpty() ? 0 : 1;
                assertSame("submission " + i + " of the corpus: " + form, form, violations);
            }
            assertThat(withViolations).as("the corpus has pages with and without violations").isBetween(1, count - 1);
        }

        List<Object> violations(Map<String, List<String>> form) {
            List<Object> views = new ArrayList<>();
            for (Violation v : pages.check(form)) {
                views.add(new ViolationView(v.question(), v.code().code(), pages.message(v)));
            }
            return views;
        }

        void assertSame(String what, Map<String, List<String>> answers, List<?> violations) throws IOException {
            FormPage page = FormPage.builder().answers(answers).violations(violations).action("/submit")
                    .hiddenField("_csrf", "t<1>").build();
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("answers", answers);
            model.put("violations", violations);
            model.put("action", "/submit");
            model.put("hiddenFields", Map.of("_csrf", "t<1>"));
            model.put("assetsPath", SurveyForms.ASSETS_PATH);
            model.put("preview", false);
            assertThat(render(forms, page)).as("SurveyForms and a plain FreeMarker host, %s", what)
                    .isEqualTo(render(plainHost, model));
        }

        private String render(SurveyForms forms, FormPage page) {
            return forms.render(pages.survey.id(), page);
        }

        private String render(Configuration config, Map<String, Object> model) throws IOException {
            StringWriter out = new StringWriter();
            try {
                config.getTemplate(pages.survey.id() + ".ftlh").process(model, out);
            } catch (TemplateException e) {
                throw new IOException(e);
            }
            return out.toString();
        }
    }

    /**
     * FreeMarker set up by a host itself, with the settings docs/forms.md asks for and nothing of
     * surveygen's: no {@code surveygenViews}.
     */
    static Configuration plainConfiguration(TemplateLoader loader) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader);
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("c");
        config.setBooleanFormat("c");
        config.setLocalizedLookup(false);
        assertThat(config.getSharedVariable("surveygenViews")).isNull();
        return config;
    }
}
