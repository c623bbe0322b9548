package dev.surveygen.maven;

import dev.surveygen.build.FormLayout;
import dev.surveygen.build.GenerationConfig;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.output.OutputWriter;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.model.Resource;
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
public final class GenerateMojo extends SurveyMojo {

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
     * form.ftlh, surveygen-rules.js, surveygen-form.js, surveygen-form.css. Any other file name in it is an error.
     */
    @Parameter(property = "surveygen.templateDirectory")
    private File templateDirectory;

    /** Add Jakarta Bean Validation annotations to the response (needs jakarta.validation-api to compile). */
    @Parameter(property = "surveygen.jakartaValidation", defaultValue = "false")
    private boolean jakartaValidation;

    /**
     * Let Jackson read and write responses through the generated binder, as strictly as the binders
     * (needs jackson-databind to compile).
     */
    @Parameter(property = "surveygen.jackson", defaultValue = "false")
    private boolean jackson;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** The build context refreshes changed files and shows diagnostics as markers in an IDE (m2e). */
    @Inject
    public GenerateMojo(BuildContext buildContext) {
        super(buildContext);
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Optional<String> packageProblem = JavaGeneratorOptions.packageProblem(packageName);
        if (packageProblem.isPresent()) {
            throw new MojoExecutionException("surveygen: packageName: " + packageProblem.get());
        }
        GenerationConfig config = new GenerationConfig(new JavaGeneratorOptions(packageName, jakartaValidation, jackson),
                Optional.ofNullable(templateDirectory).map(SurveyMojo::absolute), limits(), locale(), FormLayout.CLASSPATH);
        GenerateRun.Settings settings = new GenerateRun.Settings(config, sourceDirectory(), includes(), excludes(),
                absolute(outputDirectory), absolute(resourceOutputDirectory),
                absolute(buildDirectory).resolve("surveygen").resolve(mojoExecution().getExecutionId() + ".digest"),
                MojoSupport.pluginIdentity(plugin));
        GenerateRun.Outcome outcome = new GenerateRun(getLog(), buildContext()).run(settings);
        if (outcome != GenerateRun.Outcome.NO_DEFINITIONS) {
            registerRoots(settings.javaRoot(), settings.resourceRoot());
        }
    }

    private void registerRoots(Path javaRoot, Path resourceRoot) {
        MavenProject project = project();
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
}
