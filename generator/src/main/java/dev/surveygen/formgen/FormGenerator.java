package dev.surveygen.formgen;

import dev.surveygen.rules.BrowserRules;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Severity;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.freemarker.SurveyForms;
import dev.surveygen.json.JsonWriter;
import dev.surveygen.messages.Catalogue;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
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
 * Generates the form files of a survey: {@code ID.ftlh} (the template a host renders: it imports
 * the component library and passes it the survey's view), the components it imports
 * ({@code components/NAME.ftlh}, one macro per file), {@code ID.html} when asked for (the template
 * rendered with no data: a standalone preview that also opens from disk), {@code surveygen-rules.js} (the rules,
 * no DOM), {@code surveygen-form.js} (the page) and {@code surveygen-form.css}. Built-in files come
 * from the templates module; a template directory overrides them one file at a time, by name.
 * A new FreeMarker configuration is made for every run: nothing is shared between threads.
 */
public final class FormGenerator {

    /**
     * The built-in components, in the order the library includes them; each is the file
     * {@code components/NAME} of the output and of the templates module, and a template directory
     * overrides it by its bare file name. {@code surveygen.ftlh} is the library itself and
     * {@code functions.ftlh} the functions the components share.
     */
    public static final List<String> COMPONENTS = List.of("surveygen.ftlh", "functions.ftlh", "page.ftlh",
            "error-summary.ftlh", "section.ftlh", "question.ftlh", "question-heading.ftlh", "condition-note.ftlh",
            "question-notes.ftlh", "hint.ftlh", "error-message.ftlh", "note.ftlh", "radios.ftlh", "checkboxes.ftlh",
            "text-input.ftlh", "number-input.ftlh", "date-input.ftlh", "textarea.ftlh", "guidance.ftlh");

    /** The folder of the components, beside the generated templates. */
    public static final String COMPONENT_FOLDER = "components/";

    /** The script and stylesheet, copied as they are. */
    public static final List<String> ASSETS = List.of("surveygen-rules.js", "surveygen-form.js", "surveygen-form.css");

    /** The built-in files that a template directory may override, by name: the components, then the assets. */
    public static final List<String> TEMPLATE_NAMES = concat(COMPONENTS, ASSETS);

    private static final String BUILT_IN = "/dev/surveygen/templates/";

    private final Optional<Path> templateDirectory;

    public FormGenerator(Optional<Path> templateDirectory) {
        this.templateDirectory = templateDirectory;
    }

    /** The form files, each by its file name; the preview finds the script and stylesheet beside it. */
    public List<GeneratedFile> generate(Survey survey, String locale) throws IOException {
        return generate(survey, locale, "");
    }

    /** The form files in the survey's catalogue of {@code locale} (see {@link #generate(Survey, String, Catalogue, String)}). */
    public List<GeneratedFile> generate(Survey survey, String locale, String previewAssetsPath) throws IOException {
        return generate(survey, locale, survey.catalogue(locale), previewAssetsPath);
    }

    /**
     * The form files, each by its path relative to the form folder, the preview page included.
     *
     * @param catalogue the fixed texts of the form's locale
     * @param previewAssetsPath where the preview page finds the script and stylesheet, relative to
     *     the page ({@code ""}: beside it)
     */
    public List<GeneratedFile> generate(Survey survey, String locale, Catalogue catalogue, String previewAssetsPath)
            throws IOException {
        return generate(survey, locale, catalogue, Optional.of(previewAssetsPath));
    }

    /**
     * The form files, each by its path relative to the form folder.
     *
     * @param catalogue the fixed texts of the form's locale
     * @param previewAssetsPath whether to write the preview page {@code ID.html}, and where it finds
     *     the script and stylesheet, relative to the page ({@code ""}: beside it). Without a preview
     *     nothing of FreeMarker runs, unless a template directory is given: then the page is still
     *     rendered once, with no answers, and thrown away, so that an override that parses but fails
     *     when rendered is an error now rather than in the host (one that fails only with answers
     *     or violations still shows only when a host renders them).
     */
    public List<GeneratedFile> generate(Survey survey, String locale, Catalogue catalogue,
            Optional<String> previewAssetsPath) throws IOException {
        if (templateDirectory.isPresent() && !Files.isDirectory(templateDirectory.get())) {
            throw new java.nio.file.NoSuchFileException(templateDirectory.get() + " (the template directory)");
        }
        String formTemplate = surveyTemplate(survey, locale, catalogue);
        StringTemplateLoader files = new StringTemplateLoader();
        files.putTemplate(survey.id() + ".ftlh", formTemplate);
        List<GeneratedFile> components = new ArrayList<>();
        for (String name : COMPONENTS) {
            String content = file(name, COMPONENT_FOLDER);
            files.putTemplate(COMPONENT_FOLDER + name, content);
            components.add(new GeneratedFile(COMPONENT_FOLDER + name, content));
        }
        List<GeneratedFile> out = new ArrayList<>();
        out.add(new GeneratedFile(survey.id() + ".ftlh", formTemplate));
        if (previewAssetsPath.isPresent() || templateDirectory.isPresent()) {
            Configuration runtimeConfig = SurveyForms.configuration(files);
            Map<String, Object> empty = new LinkedHashMap<>();
            empty.put("preview", true);
            if (!previewAssetsPath.orElse("").isEmpty()) {
                empty.put("assetsPath", previewAssetsPath.get());
            }
            String page = render(runtimeConfig, survey.id() + ".ftlh", empty);
            if (previewAssetsPath.isPresent()) {
                out.add(new GeneratedFile(survey.id() + ".html", page));
            }
        }
        out.addAll(components);
        for (String asset : ASSETS) {
            out.add(new GeneratedFile(asset, file(asset, "")));
        }
        return List.copyOf(out);
    }

    /**
     * The survey's own template: a header naming its locale and its data model, the import of the
     * component library, and one call of {@code page} with the survey's view and rules, each JSON
     * in a FreeMarker raw string literal (no escapes, no interpolation inside; the JSON has no
     * {@code '}). The view is read by the components' {@code sgView}, once per loaded template
     * under {@code SurveyForms.configuration}, not with {@code ?eval_json} on every render.
     */
    static String surveyTemplate(Survey survey, String locale, Catalogue catalogue) {
        String view = FormView.json(new FormView(survey, locale, catalogue).page());
        String rules = HtmlText.scriptJson(JsonWriter.write(BrowserRules.of(survey, locale, catalogue)));
        return "<#ftl output_format=\"HTML\" strip_whitespace=true attributes={\"locale\": \"" + locale + "\"}>\n"
                + "<#--\n"
                + "  Generated by surveygen from the survey " + survey.id() + ". Do not edit: change the definition,\n"
                + "  or override a component (docs/forms.md). Render with FreeMarker 2.3.34+ and the components in\n"
                + "  components/ beside this file (HTML auto-escaping, which the .ftlh name turns on). Data model,\n"
                + "  every entry optional (docs/forms.md):\n"
                + "    answers      map from question id to the list of values to show (what was submitted)\n"
                + "    violations   list of objects with \"question\" and \"message\": maps, beans, or records such as the\n"
                + "                 generated Violation records (a method \"message\" is called with the form's\n"
                + "                 locale: message(\"" + locale + "\"))\n"
                + "    action       URL the form posts to (default: the current URL)\n"
                + "    hiddenFields map from name to value of the host's hidden fields, e.g. a CSRF token; every name\n"
                + "                 starts with \"_\" (_csrf), which marks a field as the host's, never an answer\n"
                + "    assetsPath   URL prefix of surveygen-rules.js, surveygen-form.js and surveygen-form.css (default:\n"
                + "                 same directory)\n"
                + "-->\n"
                + "<#import \"" + COMPONENT_FOLDER + "surveygen.ftlh\" as sg>\n"
                + "<@sg.page\n"
                + "view=sg.sgView(r'" + view + "')\n"
                + "rules=r'" + rules + "'/>\n";
    }

    /**
     * The form generator's preflight: what is wrong with the overriding components of the template
     * directory, without rendering anything: a component that does not parse is an error at its
     * line and column (tabs count as one column, as in every other diagnostic). The built-in
     * components are not parsed (the build tests them), so nothing of FreeMarker is loaded when
     * none is overridden. What a component does when rendered (a name the view lacks) shows only
     * when {@link #generate} renders the preview.
     */
    public List<Diagnostic> preflight() throws IOException {
        if (templateDirectory.isEmpty() || !Files.isDirectory(templateDirectory.get())) {
            return List.of();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        StringTemplateLoader loader = new StringTemplateLoader();
        List<String> overridden = new ArrayList<>();
        for (String name : COMPONENTS) {
            Path override = templateDirectory.get().resolve(name);
            if (Files.isRegularFile(override)) {
                loader.putTemplate(name, Files.readString(override, StandardCharsets.UTF_8));
                overridden.add(name);
            }
        }
        Configuration config = SurveyForms.configuration(loader);
        config.setTabSize(1);
        for (String name : overridden) {
            try {
                config.getTemplate(name);
            } catch (freemarker.core.ParseException e) {
                SourcePosition position = new SourcePosition(Math.max(1, e.getLineNumber()),
                        Math.max(1, e.getColumnNumber()));
                diagnostics.add(new Diagnostic(templateDirectory.get().resolve(name).toString(), position,
                        Severity.ERROR, "the component " + name + " does not parse: "
                        + e.getEditorMessage().replaceAll("\\s*\\n\\s*", " ")));
            }
        }
        return List.copyOf(diagnostics);
    }

    /** The built-in file {@code folder + name}, or its override in the template directory. */
    private String file(String name, String folder) throws IOException {
        if (templateDirectory.isPresent()) {
            Path custom = templateDirectory.get().resolve(name);
            if (Files.isRegularFile(custom)) {
                return Files.readString(custom, StandardCharsets.UTF_8);
            }
        }
        try (InputStream in = FormGenerator.class.getResourceAsStream(BUILT_IN + folder + name)) {
            if (in == null) {
                throw new IOException("built-in template " + folder + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String render(Configuration config, String name, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            config.getTemplate(name).process(model, out);
        } catch (freemarker.core.ParseException e) {
            throw new FormTemplateException("template " + e.getTemplateName() + " does not parse: "
                    + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new FormTemplateException("template " + name + " failed: "
                    + e.getMessageWithoutStackTop().replaceAll("\\s*\\n\\s*", " "), e);
        }
        return out.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
