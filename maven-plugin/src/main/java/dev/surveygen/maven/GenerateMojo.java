package dev.surveygen.maven;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import dev.surveygen.output.OutputWriter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates the Java sources (response, enums, validator, binders, enablement) and the form files
 * of every survey definition of the module. The Java directory is added as a compile source root
 * and the form directory as a resource directory, so the next phases compile and package them.
 * The output is regenerated only when a definition, a custom template, the configuration or the
 * plugin changed; then only files whose bytes changed are written and files that no longer have
 * a source are deleted. Errors in a definition fail the build with
 * {@code FILE:LINE:COL: error: MESSAGE} lines and write nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The directory of the survey definitions. */
    @Parameter(property = "surveygen.sourceDirectory", defaultValue = "${project.basedir}/src/main/survey")
    private File sourceDirectory;

    /** Which files of the source directory are definitions (Ant patterns). Default: **&#47;*.yaml, **&#47;*.yml. */
    @Parameter(property = "surveygen.includes")
    private List<String> includes;

    /** Files of the source directory to leave out (Ant patterns). */
    @Parameter(property = "surveygen.excludes")
    private List<String> excludes;

    /** The Java package of the generated types; a valid Java package name. */
    @Parameter(property = "surveygen.packageName", defaultValue = JavaGeneratorOptions.DEFAULT_PACKAGE)
    private String packageName;

    /** Where the Java sources are generated; added as a compile source root. */
    @Parameter(property = "surveygen.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/surveygen")
    private File outputDirectory;

    /** Where the form files are generated; added as a resource directory. */
    @Parameter(property = "surveygen.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/surveygen")
    private File resourceOutputDirectory;

    /**
     * A directory of files that override built-in templates of the same name, one file at a time:
     * form.ftlh, surveygen-form.js, surveygen-form.css. Any other file name in it is an error.
     */
    @Parameter(property = "surveygen.templateDirectory")
    private File templateDirectory;

    /** The locale of the generated form texts; one of the survey's locales. Default: the survey's own locale. */
    @Parameter(property = "surveygen.locale")
    private String locale;

    /** Add Jakarta Bean Validation annotations to the response (needs jakarta.validation-api to compile). */
    @Parameter(property = "surveygen.jakartaValidation", defaultValue = "false")
    private boolean jakartaValidation;

    /** Add Jackson annotations to the response and the choice enums (needs jackson-databind to compile). */
    @Parameter(property = "surveygen.jackson", defaultValue = "false")
    private boolean jackson;

    /** The largest definition accepted, in characters. */
    @Parameter(property = "surveygen.maxSize", defaultValue = "524288")
    private int maxSize;

    /** Skip generation; no source roots are added. */
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

    /** The build context refreshes changed files and shows diagnostics as markers in an IDE (m2e). */
    @Inject
    public GenerateMojo(BuildContext buildContext) {
        this.buildContext = buildContext;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        MojoSupport.rejectUnknownParameters(project, mojoExecution);
        if (skip) {
            getLog().info("surveygen: skipped");
            return;
        }
        GenerateRun.Settings settings = new GenerateRun.Settings(config(), absolute(sourceDirectory), includes,
                excludes, absolute(outputDirectory), absolute(resourceOutputDirectory),
                absolute(buildDirectory).resolve("surveygen").resolve(mojoExecution.getExecutionId() + ".digest"),
                MojoSupport.pluginIdentity(plugin));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        GenerateRun.Outcome outcome;
        try {
            thread.setContextClassLoader(GenerateMojo.class.getClassLoader());
            outcome = new GenerateRun(getLog(), buildContext).run(settings);
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (outcome != GenerateRun.Outcome.NO_DEFINITIONS) {
            registerRoots(settings.javaRoot(), settings.resourceRoot());
        }
    }

    private GenerationConfig config() throws MojoExecutionException {
        if (!JavaGeneratorOptions.isValidPackage(packageName)) {
            throw new MojoExecutionException("surveygen: '" + packageName + "' is not a valid Java package name");
        }
        if (maxSize < 1) {
            throw new MojoExecutionException("surveygen: maxSize must be positive, not " + maxSize);
        }
        String chosenLocale = locale == null || locale.isBlank() ? null : locale.strip();
        return new GenerationConfig(new JavaGeneratorOptions(packageName, jakartaValidation, jackson),
                Optional.ofNullable(templateDirectory).map(GenerateMojo::absolute),
                LoaderLimits.DEFAULT.withMaxCodePoints(maxSize), Optional.ofNullable(chosenLocale));
    }

    private void registerRoots(Path javaRoot, Path resourceRoot) {
        String java = javaRoot.toString();
        if (!project.getCompileSourceRoots().contains(java)) {
            project.addCompileSourceRoot(java);
        }
        String resources = resourceRoot.toString();
        if (project.getResources().stream().noneMatch(r -> resources.equals(r.getDirectory()))) {
            Resource resource = new Resource();
            resource.setDirectory(resources);
            resource.addExclude(OutputWriter.MANIFEST);
            project.addResource(resource);
        }
    }

    private static Path absolute(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }
}
