package dev.surveygen.freemarker;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Renders the form templates that surveygen generated, in one call, with FreeMarker configured the
 * one safe way (HTML auto-escaping, no {@code ?new} of arbitrary classes, no {@code ?api}, errors
 * rethrown, output independent of the machine's locale and time zone). The generator renders its
 * own templates with the same {@link #configuration}, so a host cannot forget a setting.
 *
 * <pre>{@code
 * SurveyForms forms = SurveyForms.fromClasspath();          // once: surveygen/forms/*.ftlh
 * forms.render("mhlw-r6-hospital-cybersecurity", FormPage.builder()
 *         .answers(request.getParameterMap()).violations(violations)
 *         .hiddenField("_csrf", token).build(), response.getWriter());
 * }</pre>
 *
 * Thread-safe once made: make one per application and share it.
 */
public final class SurveyForms {

    /** The classpath folder where surveygen-maven-plugin puts the form templates ({@code ID.ftlh}). */
    public static final String TEMPLATE_FOLDER = "surveygen/forms/";

    /**
     * The classpath folder where surveygen-maven-plugin puts the form's script and stylesheet:
     * Servlet 3+ containers serve {@code META-INF/resources/} of the application's jars, and Spring
     * Boot serves it from the classpath, at {@link #ASSETS_PATH}.
     */
    public static final String ASSETS_FOLDER = "META-INF/resources/surveygen/";

    /** The URL path at which web stacks serve {@link #ASSETS_FOLDER}; the default of {@link FormPage#assetsPath()}. */
    public static final String ASSETS_PATH = "/surveygen/";

    private static final Pattern SURVEY_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    /**
     * The folder of the form's components ({@code NAME.ftlh}, one macro each), beside the templates:
     * a generated template imports {@code components/surveygen.ftlh}.
     */
    public static final String COMPONENT_FOLDER = "components/";

    private final TemplateLoader loader;
    private final Configuration configuration;
    private final String where;

    private SurveyForms(TemplateLoader loader, String where) {
        this.loader = loader;
        this.configuration = configuration(loader);
        this.where = where;
    }

    /**
     * These forms with some of their components replaced, one file at a time: a file
     * {@code NAME.ftlh} in {@code directory} is used instead of the component
     * {@code components/NAME.ftlh} beside the templates (e.g. {@code radios.ftlh}, {@code guidance.ftlh};
     * the names are in docs/forms.md); every other component and the templates themselves are read
     * as before. The same file names as {@code surveygen generate --templates DIR}.
     */
    public SurveyForms withOverrides(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new java.nio.file.NoSuchFileException(directory + " (the component override directory)");
        }
        return withOverrides(new FileTemplateLoader(directory.toFile()));
    }

    /**
     * These forms with the components that {@code overrides} finds, by their bare file name
     * ({@code radios.ftlh}), used instead of the built-in ones; anything it does not find is read as
     * before. Put a {@link freemarker.cache.ClassTemplateLoader} here to ship overrides in a jar.
     */
    public SurveyForms withOverrides(TemplateLoader overrides) {
        Objects.requireNonNull(overrides, "overrides");
        return new SurveyForms(new MultiTemplateLoader(new TemplateLoader[] {new ComponentOverrides(overrides), loader}),
                where);
    }

    /** Serves {@code components/NAME} from a loader that has {@code NAME}, and nothing else. */
    private static final class ComponentOverrides implements TemplateLoader {

        private final TemplateLoader overrides;

        ComponentOverrides(TemplateLoader overrides) {
            this.overrides = overrides;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            if (!name.startsWith(COMPONENT_FOLDER)) {
                return null;
            }
            String bare = name.substring(COMPONENT_FOLDER.length());
            return bare.isEmpty() || bare.contains("/") ? null : overrides.findTemplateSource(bare);
        }

        @Override
        public long getLastModified(Object source) {
            return overrides.getLastModified(source);
        }

        @Override
        public java.io.Reader getReader(Object source, String encoding) throws IOException {
            return overrides.getReader(source, encoding);
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            overrides.closeTemplateSource(source);
        }
    }

    /** The templates in {@link #TEMPLATE_FOLDER} of the thread's context class loader (or this library's). */
    public static SurveyForms fromClasspath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return fromClasspath(loader != null ? loader : SurveyForms.class.getClassLoader());
    }

    /** The templates in {@link #TEMPLATE_FOLDER} of {@code classLoader}. */
    public static SurveyForms fromClasspath(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        return new SurveyForms(new ClassTemplateLoader(classLoader, TEMPLATE_FOLDER),
                "the classpath folder " + TEMPLATE_FOLDER);
    }

    /** The templates in a directory, such as the {@code forms/} folder that {@code surveygen generate} writes. */
    public static SurveyForms fromDirectory(Path directory) throws IOException {
        File dir = directory.toFile();
        return new SurveyForms(new FileTemplateLoader(dir), "the directory " + directory);
    }

    /**
     * The configuration for surveygen's templates (angle-bracket syntax, {@code .ftlh}): HTML
     * auto-escaping, no {@code ?new} class resolution (FreeMarker's default would run
     * {@code freemarker.template.utility.Execute}), no {@code ?api}, errors rethrown and not logged,
     * machine formats for numbers and booleans, root locale and UTC so output never depends on the
     * machine, no localized lookup.
     */
    public static Configuration configuration(TemplateLoader loader) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader);
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("c");
        config.setBooleanFormat("c");
        config.setLocalizedLookup(false);
        return config;
    }

    /**
     * Renders the form of survey {@code surveyId} ({@code ID.ftlh}) for {@code page} to {@code out}.
     *
     * @throws IllegalArgumentException if there is no such survey, or the page's data does not fit
     *     the template (a violation without {@code question} or {@code message}, a class that is not
     *     public)
     * @throws IOException if {@code out} fails
     */
    public void render(String surveyId, FormPage page, Writer out) throws IOException {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(out, "out");
        Template template = template(surveyId);
        try {
            template.process(page.model(), out);
        } catch (TemplateException e) {
            throw new IllegalArgumentException("cannot render the form of " + surveyId + ": "
                    + e.getMessageWithoutStackTop().replaceAll("\\s*\\n\\s*", " "), e);
        }
    }

    /** {@link #render(String, FormPage, Writer)} into a string. */
    public String render(String surveyId, FormPage page) {
        StringWriter out = new StringWriter();
        try {
            render(surveyId, page, out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * The locale the form of survey {@code surveyId} was generated in ({@code ja}, {@code en}), as
     * its template declares it ({@code <#ftl attributes={"locale": "en"}>}): for the host's own
     * pages around the form (a thank-you page, an error page) to speak the form's language.
     *
     * @throws IllegalArgumentException if there is no such survey, or its template names no locale
     *     (a template generated before surveygen wrote it)
     */
    public String locale(String surveyId) {
        Template template;
        try {
            template = template(surveyId);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the form template " + surveyId + ".ftlh: " + e.getMessage(), e);
        }
        Object locale = template.getCustomAttribute("locale");
        if (!(locale instanceof String code) || code.isEmpty()) {
            throw new IllegalArgumentException("the form template " + surveyId + ".ftlh names no locale"
                    + " (<#ftl attributes={\"locale\": ...}>): generate it again with this surveygen");
        }
        return code;
    }

    private Template template(String surveyId) throws IOException {
        Objects.requireNonNull(surveyId, "surveyId");
        if (!SURVEY_ID.matcher(surveyId).matches()) {
            throw new IllegalArgumentException("'" + surveyId + "' is not a survey id");
        }
        try {
            return configuration.getTemplate(surveyId + ".ftlh");
        } catch (TemplateNotFoundException e) {
            throw new IllegalArgumentException("no form template " + surveyId + ".ftlh in " + where
                    + " (is the survey generated by surveygen-maven-plugin in this application or its dependencies?)", e);
        } catch (freemarker.core.ParseException e) {
            throw new IllegalArgumentException("the form template " + surveyId + ".ftlh does not parse: "
                    + e.getMessage(), e);
        }
    }
}
