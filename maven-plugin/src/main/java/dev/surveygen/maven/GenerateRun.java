package dev.surveygen.maven;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyBuild;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.formgen.FormTemplateException;
import dev.surveygen.output.GeneratedFile;
import dev.surveygen.output.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * One {@code generate} execution: finds the definitions, decides whether the output is up to date,
 * and otherwise generates everything in memory and writes only what changed. Definition errors
 * stop it before anything is written; an execution that fails while writing leaves no digest, so
 * the next one generates again. Each definition is checked once per build: what the {@code lint}
 * goal checked is taken from {@link SurveyChecks}. A new instance per execution.
 */
final class GenerateRun {

    /** Everything an execution needs; paths are absolute. */
    record Settings(GenerationConfig config, Path sourceDirectory, List<String> includes, List<String> excludes,
            Path javaRoot, Path resourceRoot, Path digestFile, List<String> pluginIdentity) {}

    /** What an execution did. */
    enum Outcome {
        /** No definitions and nothing generated before: no output, no source roots. */
        NO_DEFINITIONS,
        /** The digest matched and every recorded output is intact: nothing written. */
        UP_TO_DATE,
        /** Generated and written (only changed files). */
        GENERATED
    }

    private final Log log;
    private final BuildContext buildContext;

    GenerateRun(Log log, BuildContext buildContext) {
        this.log = log;
        this.buildContext = buildContext;
    }

    Outcome run(Settings settings) throws MojoExecutionException, MojoFailureException {
        try {
            return runOrThrow(settings);
        } catch (FormTemplateException e) {
            throw new MojoFailureException("surveygen: " + settings.config().templateDirectory()
                    .map(Path::toString).orElse("the built-in templates") + ": error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("surveygen: " + e, e);
        }
    }

    private Outcome runOrThrow(Settings settings) throws IOException, MojoExecutionException, MojoFailureException {
        GenerationConfig config = settings.config();
        List<Path> definitions = DefinitionScanner.scan(settings.sourceDirectory(), settings.includes(),
                settings.excludes());
        Optional<DigestFile> previous = DigestFile.read(settings.digestFile());
        DiagnosticReporter reporter = new DiagnosticReporter(log, buildContext);
        if (definitions.isEmpty() && previous.isEmpty()) {
            // Nothing to generate, but a template directory that is set is still checked.
            if (!reportTemplates(reporter, config)) {
                throw failure(reporter, settings);
            }
            log.info("surveygen: no survey definitions in " + settings.sourceDirectory());
            return Outcome.NO_DEFINITIONS;
        }
        String digest = Digests.sha256(InputDigest.text(settings.pluginIdentity(), config, settings.javaRoot(),
                settings.resourceRoot(), settings.sourceDirectory(), definitions));
        if (previous.isPresent() && previous.get().digest().equals(digest)) {
            // The digest covers the templates too: they passed the checks when it was recorded.
            Optional<String> changed = previous.get().firstChangedOutput(settings.javaRoot(), settings.resourceRoot());
            if (changed.isEmpty()) {
                log.info("surveygen: up to date, nothing written (" + count(definitions.size(), "definition")
                        + ", " + count(previous.get().outputs().size(), "generated file") + ")");
                return Outcome.UP_TO_DATE;
            }
            log.info("surveygen: " + changed.get() + " was changed or removed since it was generated; generating again");
        } else if (previous.isPresent()) {
            log.debug("surveygen: inputs changed since the last generation; generating");
        }
        boolean templatesUsable = reportTemplates(reporter, config);

        Map<String, Owned> javaOwners = new LinkedHashMap<>();
        Map<String, Owned> resourceOwners = new LinkedHashMap<>();
        List<GeneratedFile> java = new ArrayList<>();
        List<GeneratedFile> resources = new ArrayList<>();
        SurveyBuild build = new SurveyBuild(config);
        for (Path definition : definitions) {
            SurveyCheck.Result checked = SurveyChecks.takeOrCheck(config, definition, log);
            if (!templatesUsable) {
                // Every definition is still checked, so that all errors show at once.
                reporter.report(definition, checked.diagnostics());
                continue;
            }
            SurveyBuild.Result result = build.generate(checked);
            reporter.report(definition, result.diagnostics());
            collect(definition, result.javaSources(), java, javaOwners);
            collect(definition, result.resources(), resources, resourceOwners);
        }
        if (reporter.errors() > 0) {
            throw failure(reporter, settings);
        }

        Files.deleteIfExists(settings.digestFile());
        // One write for both roots: if either cannot be written, neither is touched.
        List<OutputWriter.Report> reports = new OutputWriter().write(List.of(
                new OutputWriter.Root(settings.javaRoot(), java),
                new OutputWriter.Root(settings.resourceRoot(), resources)));
        OutputWriter.Report javaReport = reports.get(0);
        OutputWriter.Report resourceReport = reports.get(1);
        warnKept(settings.javaRoot(), javaReport);
        warnKept(settings.resourceRoot(), resourceReport);
        refresh(settings.javaRoot(), javaReport);
        refresh(settings.resourceRoot(), resourceReport);
        List<DigestFile.Output> outputs = new ArrayList<>();
        for (GeneratedFile file : java) {
            outputs.add(DigestFile.Output.of("java", settings.javaRoot(), file.path(), javaReport.digest(file.path())));
        }
        for (GeneratedFile file : resources) {
            outputs.add(DigestFile.Output.of("resource", settings.resourceRoot(), file.path(),
                    resourceReport.digest(file.path())));
        }
        new DigestFile(digest, outputs).write(settings.digestFile());
        log.info("surveygen: " + count(definitions.size(), "definition") + "; Java: " + summary(javaReport)
                + " under " + settings.javaRoot() + "; resources: " + summary(resourceReport) + " under "
                + settings.resourceRoot());
        return Outcome.GENERATED;
    }

    /** Reports the template directory's problems; whether there was none. */
    private static boolean reportTemplates(DiagnosticReporter reporter, GenerationConfig config) throws IOException {
        List<Diagnostic> problems = SurveyChecks.templates(config);
        reporter.reportAll(problems);
        return problems.isEmpty();
    }

    private static MojoFailureException failure(DiagnosticReporter reporter, Settings settings) {
        return new MojoFailureException("surveygen: " + count(reporter.errors(), "error") + " in the survey definitions of "
                + settings.sourceDirectory() + settings.config().templateDirectory().map(t -> " and the templates of " + t)
                        .orElse("") + "; nothing was written");
    }

    /**
     * Adds one definition's files. Files every survey shares (the form script and stylesheet) come
     * once; two definitions generating different content at one path (the same survey id and
     * package) would overwrite each other, which is an error.
     */
    private static void collect(Path definition, List<GeneratedFile> files, List<GeneratedFile> all,
            Map<String, Owned> owners) throws MojoExecutionException {
        for (GeneratedFile file : files) {
            Owned owner = owners.putIfAbsent(file.path(), new Owned(definition, file));
            if (owner == null) {
                all.add(file);
            } else if (!owner.file().content().equals(file.content())) {
                throw new MojoExecutionException("surveygen: " + owner.definition() + " and " + definition
                        + " both generate " + file.path() + " (the same survey id or java-name, and package?); give them"
                        + " different ids or java-names, or separate executions");
            }
        }
    }

    private record Owned(Path definition, GeneratedFile file) {}

    private void refresh(Path root, OutputWriter.Report report) {
        for (String path : report.written()) {
            buildContext.refresh(root.resolve(path).toFile());
        }
        if (!report.deleted().isEmpty()) {
            buildContext.refresh(root.toFile());
        }
    }

    private void warnKept(Path root, OutputWriter.Report report) {
        for (String kept : report.kept()) {
            log.warn("surveygen: left " + root.resolve(kept) + " in place: it is no longer generated, but it is not as"
                    + " surveygen wrote it (changed since, or listed by an older surveygen)");
        }
    }

    private static String summary(OutputWriter.Report report) {
        return report.written().size() + " written, " + report.unchanged().size() + " unchanged, "
                + report.deleted().size() + " removed";
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
