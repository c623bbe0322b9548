package dev.surveygen.maven;

import dev.surveygen.build.FormLayout;
import dev.surveygen.build.GenerationConfig;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * The parameters and steps both goals share: which definitions, their size limit, the locale, the
 * Java options and the template directory (which {@code lint} checks too), skipping, the check of unknown configuration elements, and running with the plugin's class
 * loader as the thread's context class loader (restored afterwards).
 */
abstract class SurveyMojo extends AbstractMojo {

    /** Work done with the plugin's class loader as the context class loader. */
    interface Work {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    /** The directory of the survey definitions. */
    @Parameter(property = "surveygen.sourceDirectory", defaultValue = "${project.basedir}/src/main/survey")
    private File sourceDirectory;

    /** Which files of the source directory are definitions (Ant patterns). Default: **&#47;*.yaml, **&#47;*.yml. */
    @Parameter(property = "surveygen.includes")
    private List<String> includes;

    /** Files of the source directory to leave out (Ant patterns). */
    @Parameter(property = "surveygen.excludes")
    private List<String> excludes;

    /**
     * The locale of the generated form texts; one of the survey's locales (both goals check it).
     * Default: the survey's own locale.
     */
    @Parameter(property = "surveygen.locale")
    private String locale;

    /** The Java package of the generated types; a valid Java package name (both goals check it). */
    @Parameter(property = "surveygen.packageName", defaultValue = JavaGeneratorOptions.DEFAULT_PACKAGE)
    private String packageName;

    /** Add Jakarta Bean Validation annotations to the response (needs jakarta.validation-api to compile). */
    @Parameter(property = "surveygen.jakartaValidation", defaultValue = "false")
    private boolean jakartaValidation;

    /**
     * Let Jackson read and write responses through the generated binder, as strictly as the binders
     * (needs jackson-databind to compile).
     */
    @Parameter(property = "surveygen.jackson", defaultValue = "false")
    private boolean jackson;

    /** The largest definition accepted, in characters. */
    @Parameter(property = "surveygen.maxSize", defaultValue = "8388608")
    private int maxSize;

    /**
     * A directory of files that override the built-in form components and assets of the same name,
     * one file at a time: page.ftlh, radios.ftlh, guidance.ftlh, … (docs/forms.md),
     * surveygen-rules.js, surveygen-form.js, surveygen-form.css. Any other file name in it is an
     * error, and so is a component that does not parse; {@code lint} reports both, as
     * {@code generate} does.
     */
    @Parameter(property = "surveygen.templateDirectory")
    private File templateDirectory;

    /**
     * A directory of catalogue files ({@code catalogue_TAG.properties}, docs/forms.md) that add
     * locales or replace built-in texts. Default: the folder {@code catalogues} beside each
     * definition, when there is one ({@code src/main/survey/catalogues}). Its files are part of the
     * up-to-date check.
     */
    @Parameter(property = "surveygen.catalogueDirectory")
    private File catalogueDirectory;

    /** Skip the goal; generate then adds no source roots. */
    @Parameter(property = "surveygen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    private final BuildContext buildContext;

    SurveyMojo(BuildContext buildContext) {
        this.buildContext = buildContext;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        MojoSupport.rejectUnknownParameters(project, mojoExecution);
        if (skip) {
            getLog().info("surveygen: skipped");
            return;
        }
        if (maxSize < 1) {
            throw new MojoExecutionException("surveygen: maxSize must be positive, not " + maxSize);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(getClass().getClassLoader());
            run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The goal's work, after the common checks, with the plugin's context class loader. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    final Path sourceDirectory() {
        return absolute(sourceDirectory);
    }

    final List<Path> definitions() {
        return DefinitionScanner.scan(sourceDirectory(), includes, excludes);
    }

    final List<String> includes() {
        return includes;
    }

    final List<String> excludes() {
        return excludes;
    }

    final Optional<String> locale() {
        return locale == null || locale.isBlank() ? Optional.empty() : Optional.of(locale.strip());
    }

    final LoaderLimits limits() {
        return LoaderLimits.DEFAULT.withMaxCodePoints(maxSize);
    }

    /**
     * The configuration of a run, the same for both goals (so that {@code generate} can take what
     * {@code lint} checked); the form files go onto the classpath. A package name that cannot be
     * used stops the goal before any definition is read.
     */
    final GenerationConfig config() throws MojoExecutionException {
        Optional<String> packageProblem = JavaGeneratorOptions.packageProblem(packageName);
        if (packageProblem.isPresent()) {
            throw new MojoExecutionException("surveygen: packageName: " + packageProblem.get());
        }
        Optional<Path> catalogues = Optional.ofNullable(catalogueDirectory).map(SurveyMojo::absolute);
        if (catalogues.isPresent() && !java.nio.file.Files.isDirectory(catalogues.get())) {
            throw new MojoExecutionException("surveygen: catalogueDirectory: " + catalogues.get()
                    + " is not a directory");
        }
        return new GenerationConfig(new JavaGeneratorOptions(packageName, jakartaValidation, jackson),
                Optional.ofNullable(templateDirectory).map(SurveyMojo::absolute), limits(), locale(), FormLayout.CLASSPATH,
                catalogues);
    }

    /**
     * Where the goal records what it last did, for its up-to-date check: a file named after the
     * execution, in {@code target/surveygen}.
     */
    final Path stateFile(String suffix) {
        return absolute(buildDirectory).resolve("surveygen").resolve(mojoExecution.getExecutionId() + suffix);
    }

    /** The plugin's identity (version, and for a snapshot its jars' content), for the up-to-date checks. */
    final List<String> pluginIdentity() throws MojoExecutionException {
        return MojoSupport.pluginIdentity(plugin);
    }

    final MavenProject project() {
        return project;
    }

    final MojoExecution mojoExecution() {
        return mojoExecution;
    }

    final BuildContext buildContext() {
        return buildContext;
    }

    static Path absolute(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }
}
