package dev.surveygen.maven;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyBuild;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Checks every survey definition of the module, as {@code surveygen lint} does, and also what
 * generation would refuse (names that clash in Java, an undeclared locale). Every problem is
 * reported as a Maven error {@code FILE:LINE:COL: error: MESSAGE}; any error fails the build.
 * Nothing is written.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class LintMojo extends AbstractMojo {

    /** The directory of the survey definitions. */
    @Parameter(property = "surveygen.sourceDirectory", defaultValue = "${project.basedir}/src/main/survey")
    private File sourceDirectory;

    /** Which files of the source directory are definitions (Ant patterns). Default: **&#47;*.yaml, **&#47;*.yml. */
    @Parameter(property = "surveygen.includes")
    private List<String> includes;

    /** Files of the source directory to leave out (Ant patterns). */
    @Parameter(property = "surveygen.excludes")
    private List<String> excludes;

    /** The locale the forms will be generated in; checked against each survey's locales. */
    @Parameter(property = "surveygen.locale")
    private String locale;

    /** The largest definition accepted, in characters. */
    @Parameter(property = "surveygen.maxSize", defaultValue = "524288")
    private int maxSize;

    /** Skip the check. */
    @Parameter(property = "surveygen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    private final BuildContext buildContext;

    /** The build context refreshes changed files and shows diagnostics as markers in an IDE (m2e). */
    @Inject
    public LintMojo(BuildContext buildContext) {
        this.buildContext = buildContext;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        MojoSupport.rejectUnknownParameters(project, mojoExecution);
        if (skip) {
            getLog().info("surveygen: skipped");
            return;
        }
        if (maxSize < 1) {
            throw new MojoExecutionException("surveygen: maxSize must be positive, not " + maxSize);
        }
        Path directory = sourceDirectory.toPath().toAbsolutePath().normalize();
        List<Path> definitions = DefinitionScanner.scan(directory, includes, excludes);
        String chosenLocale = locale == null || locale.isBlank() ? null : locale.strip();
        SurveyBuild build = new SurveyBuild(new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.empty(),
                LoaderLimits.DEFAULT.withMaxCodePoints(maxSize), Optional.ofNullable(chosenLocale)));
        int errors = 0;
        int warnings = 0;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(LintMojo.class.getClassLoader());
            for (Path definition : definitions) {
                buildContext.removeMessages(definition.toFile());
                for (Diagnostic diagnostic : build.generate(definition).diagnostics()) {
                    if (diagnostic.isError()) {
                        errors++;
                        getLog().error(diagnostic.toString());
                    } else {
                        warnings++;
                        getLog().warn(diagnostic.toString());
                    }
                    buildContext.addMessage(new File(diagnostic.file()), diagnostic.position().line(),
                            diagnostic.position().column(), diagnostic.message(),
                            diagnostic.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("surveygen: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (errors > 0) {
            throw new MojoFailureException("surveygen: " + GenerateRun.count(errors, "error") + ", "
                    + GenerateRun.count(warnings, "warning") + " in the survey definitions of " + directory);
        }
        getLog().info("surveygen: " + GenerateRun.count(definitions.size(), "definition") + " checked, "
                + GenerateRun.count(warnings, "warning"));
    }
}
