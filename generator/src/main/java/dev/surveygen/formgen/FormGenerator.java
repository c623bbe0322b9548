package dev.surveygen.formgen;

import dev.surveygen.output.GeneratedFile;
import dev.surveygen.model.Survey;
import dev.surveygen.freemarker.SurveyForms;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates the form files of a survey: {@code ID.ftlh} (the template a host renders),
 * {@code ID.html} (that template rendered with no data: a standalone preview that also opens
 * from disk), {@code surveygen-rules.js} (the rules, no DOM), {@code surveygen-form.js} (the page)
 * and {@code surveygen-form.css}. Built-in templates come
 * from the templates module; a template directory overrides them one file at a time.
 * A new FreeMarker configuration is made for every run: nothing is shared between threads.
 */
public final class FormGenerator {

    /** The built-in files that a template directory may override, by name. */
    public static final List<String> TEMPLATE_NAMES =
            List.of("form.ftlh", "surveygen-rules.js", "surveygen-form.js", "surveygen-form.css");

    private static final String BUILT_IN = "/dev/surveygen/templates/";

    private final Optional<Path> templateDirectory;

    public FormGenerator(Optional<Path> templateDirectory) {
        this.templateDirectory = templateDirectory;
    }

    /** The form files, each by its file name; the preview finds the script and stylesheet beside it. */
    public List<GeneratedFile> generate(Survey survey, String locale) throws IOException {
        return generate(survey, locale, "");
    }

    /**
     * The form files, each by its file name.
     *
     * @param previewAssetsPath where the preview page finds the script and stylesheet, relative to
     *     the page ({@code ""}: beside it)
     */
    public List<GeneratedFile> generate(Survey survey, String locale, String previewAssetsPath) throws IOException {
        if (templateDirectory.isPresent() && !java.nio.file.Files.isDirectory(templateDirectory.get())) {
            throw new java.nio.file.NoSuchFileException(templateDirectory.get() + " (the template directory)");
        }
        Configuration generatorConfig = configuration(Configuration.SQUARE_BRACKET_TAG_SYNTAX, generatorLoader());
        generatorConfig.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        String formTemplate;
        try {
            formTemplate = render(generatorConfig.getTemplate("form.ftlh"), new FormView(survey, locale).model());
        } catch (freemarker.core.ParseException e) {
            throw new FormTemplateException("template form.ftlh does not parse: " + e.getMessage(), e);
        }

        StringTemplateLoader runtime = new StringTemplateLoader();
        runtime.putTemplate(survey.id() + ".ftlh", formTemplate);
        Configuration runtimeConfig = configuration(Configuration.ANGLE_BRACKET_TAG_SYNTAX, runtime);
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("preview", true);
        if (!previewAssetsPath.isEmpty()) {
            empty.put("assetsPath", previewAssetsPath);
        }
        String page = render(runtimeConfig.getTemplate(survey.id() + ".ftlh"), empty);

        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(survey.id() + ".ftlh", formTemplate));
        files.add(new GeneratedFile(survey.id() + ".html", page));
        files.add(new GeneratedFile("surveygen-rules.js", asset("surveygen-rules.js")));
        files.add(new GeneratedFile("surveygen-form.js", asset("surveygen-form.js")));
        files.add(new GeneratedFile("surveygen-form.css", asset("surveygen-form.css")));
        return List.copyOf(files);
    }

    /**
     * The configuration the checklist asks for, the one hosts render the generated template with
     * ({@link SurveyForms#configuration}: HTML auto-escaping, no {@code ?new} class resolution, no
     * {@code ?api}, errors rethrown, machine formats, root locale and UTC), in the given tag syntax.
     */
    static Configuration configuration(int tagSyntax, TemplateLoader loader) {
        Configuration config = SurveyForms.configuration(loader);
        config.setTagSyntax(tagSyntax);
        return config;
    }

    private TemplateLoader generatorLoader() throws IOException {
        TemplateLoader builtIn = new ClassTemplateLoader(FormGenerator.class, BUILT_IN);
        if (templateDirectory.isEmpty()) {
            return builtIn;
        }
        return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(templateDirectory.get().toFile()),
            builtIn});
    }

    private String asset(String name) throws IOException {
        if (templateDirectory.isPresent()) {
            Path custom = templateDirectory.get().resolve(name);
            if (Files.isRegularFile(custom)) {
                return Files.readString(custom, StandardCharsets.UTF_8);
            }
        }
        try (InputStream in = FormGenerator.class.getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                throw new IOException("built-in template " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String render(Template template, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new FormTemplateException("template " + template.getName() + " failed: "
                    + e.getMessageWithoutStackTop().replaceAll("\\s*\\n\\s*", " "), e);
        }
        return out.toString();
    }
}
