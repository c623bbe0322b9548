package dev.surveygen.maven;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.output.OutputWriter;
import java.io.File;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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

    /** Where the Java sources are generated; added as a compile source root. */
    @Parameter(property = "surveygen.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/surveygen")
    private File outputDirectory;

    /** Where the form files are generated; added as a resource directory. */
    @Parameter(property = "surveygen.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/surveygen")
    private File resourceOutputDirectory;

    /** The build context refreshes changed files and shows diagnostics as markers in an IDE (m2e). */
    @Inject
    public GenerateMojo(BuildContext buildContext) {
        super(buildContext);
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        GenerationConfig config = config();
        GenerateRun.Settings settings = new GenerateRun.Settings(config, sourceDirectory(), includes(), excludes(),
                absolute(outputDirectory), absolute(resourceOutputDirectory), stateFile(".digest"), pluginIdentity());
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
