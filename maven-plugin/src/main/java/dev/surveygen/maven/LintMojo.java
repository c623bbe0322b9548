package dev.surveygen.maven;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.javagen.JavaGeneratorOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Checks every survey definition of the module with the checks of {@code surveygen lint}, and the
 * configured locale. Every problem is reported as a Maven error {@code FILE:LINE:COL: error: MESSAGE};
 * any error fails the build. Nothing is generated or written: the build generates once, in the
 * {@code generate} goal, which runs the same checks first.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class LintMojo extends SurveyMojo {

    /** The build context shows diagnostics as markers in an IDE (m2e). */
    @Inject
    public LintMojo(BuildContext buildContext) {
        super(buildContext);
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<Path> definitions = definitions();
        SurveyCheck check = new SurveyCheck(new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.empty(),
                limits(), locale()));
        DiagnosticReporter reporter = new DiagnosticReporter(getLog(), buildContext());
        try {
            for (Path definition : definitions) {
                reporter.report(definition, check.check(definition).diagnostics());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("surveygen: " + e, e);
        }
        String warnings = GenerateRun.count(reporter.warnings(), "warning");
        if (reporter.errors() > 0) {
            throw new MojoFailureException("surveygen: " + GenerateRun.count(reporter.errors(), "error") + ", "
                    + warnings + " in the survey definitions of " + sourceDirectory());
        }
        getLog().info("surveygen: " + GenerateRun.count(definitions.size(), "definition") + " checked, " + warnings);
    }
}
