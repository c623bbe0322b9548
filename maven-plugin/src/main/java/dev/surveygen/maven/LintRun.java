package dev.surveygen.maven;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * One {@code lint} execution: checks the template directory and every definition, generating
 * nothing, unless the same inputs were checked clean before. The key is {@link InputDigest#checkText}:
 * the plugin (version, and a snapshot's jars), the configuration, the source directory, every
 * definition's and template's content. A run without errors records it with its warnings
 * ({@link LintRecord}); a run with the same key reports those warnings again and checks nothing,
 * so a no-op build loads none of the checking code. The results of a real check are kept for the
 * {@code generate} goal of the same build ({@link SurveyChecks}).
 */
final class LintRun {

    /** Everything an execution needs; paths are absolute. */
    record Settings(GenerationConfig config, Path sourceDirectory, List<Path> definitions, Path recordFile,
            List<String> pluginIdentity) {}

    private final Log log;
    private final BuildContext buildContext;

    LintRun(Log log, BuildContext buildContext) {
        this.log = log;
        this.buildContext = buildContext;
    }

    /** Whether it checked (false: the inputs were checked clean before and nothing was checked). */
    boolean run(Settings settings) throws MojoExecutionException, MojoFailureException {
        try {
            return runOrThrow(settings);
        } catch (IOException e) {
            throw new MojoExecutionException("surveygen: " + e, e);
        }
    }

    private boolean runOrThrow(Settings settings) throws IOException, MojoFailureException {
        List<Path> definitions = settings.definitions();
        String digest = Digests.sha256(InputDigest.checkText(settings.pluginIdentity(), settings.config(),
                settings.sourceDirectory(), definitions));
        Optional<LintRecord> previous = LintRecord.read(settings.recordFile());
        DiagnosticReporter reporter = new DiagnosticReporter(log, buildContext);
        if (previous.isPresent() && previous.get().digest().equals(digest)) {
            reporter.reportAll(previous.get().diagnostics());
            log.info("surveygen: up to date, nothing checked (" + GenerateRun.count(definitions.size(), "definition")
                    + " unchanged since checked, " + GenerateRun.count(reporter.warnings(), "warning") + ")");
            return false;
        }
        Files.deleteIfExists(settings.recordFile());
        List<Diagnostic> all = new ArrayList<>(SurveyChecks.templates(settings.config()));
        reporter.reportAll(all);
        for (Path definition : definitions) {
            SurveyCheck.Result result = SurveyChecks.checkAndKeep(settings.config(), definition);
            reporter.report(definition, result.diagnostics());
            all.addAll(result.diagnostics());
        }
        String warnings = GenerateRun.count(reporter.warnings(), "warning");
        if (reporter.errors() > 0) {
            throw new MojoFailureException("surveygen: " + GenerateRun.count(reporter.errors(), "error") + ", "
                    + warnings + " in the survey definitions of " + settings.sourceDirectory()
                    + settings.config().templateDirectory().map(t -> " and the templates of " + t).orElse(""));
        }
        LintRecord record = new LintRecord(digest, all);
        if (record.recordable()) {
            record.write(settings.recordFile());
        }
        log.info("surveygen: " + GenerateRun.count(definitions.size(), "definition") + " checked, " + warnings);
        return true;
    }
}
