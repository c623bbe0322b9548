package dev.surveygen.cli;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyBuild;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.formgen.FormTemplateException;
import dev.surveygen.output.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = SurveygenCli.Version.class, description = {
        "Generates the Java sources of a survey under DIR/java/ and its form files under DIR/forms/.",
        "Errors in the definition stop it before anything is written; a failed run leaves DIR as it was.",
        "Only files whose bytes changed are rewritten; files an earlier run generated that are no longer",
        "generated are removed if unchanged (tracked with digests in .surveygen-files; nothing else is",
        "ever deleted).",
        "Exit status: 0 done, 1 errors in the definition, 2 usage or I/O problem."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SURVEY", description = "The survey definition (YAML).")
    Path survey;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Mixin
    GenerationOptions options;

    @Mixin
    MaxSizeOption maxSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (options.reportProblems("generate", err)) {
            return ExitCode.CANNOT_JUDGE;
        }
        GenerationConfig config = options.config(maxSize.value());
        try {
            List<Diagnostic> templates = new SurveyCheck(config).checkTemplates();
            templates.forEach(err::println);
            if (templates.stream().anyMatch(Diagnostic::isError)) {
                err.flush();
                return ExitCode.FOUND;
            }
        } catch (IOException e) {
            err.println("surveygen generate: cannot read the templates: " + Console.describe(e));
            return ExitCode.CANNOT_JUDGE;
        }
        SurveyBuild.Result result;
        try {
            result = new SurveyBuild(config).generate(survey);
        } catch (FormTemplateException e) {
            err.println((options.templates != null ? options.templates.toString() : "the built-in components") + ": error: " + e.getMessage());
            return ExitCode.FOUND;
        } catch (IOException e) {
            err.println(survey + ": error: cannot read the file: " + Console.describe(e));
            return ExitCode.CANNOT_JUDGE;
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic);
        }
        if (result.hasErrors()) {
            err.flush();
            return ExitCode.FOUND;
        }
        try {
            // One write for both roots: a failure in either leaves both as they were.
            List<OutputWriter.Report> reports = new OutputWriter().write(List.of(
                    new OutputWriter.Root(out.resolve("java"), result.javaSources()),
                    new OutputWriter.Root(out.resolve("forms"), result.resources())));
            report(err, out.resolve("java"), reports.get(0));
            report(err, out.resolve("forms"), reports.get(1));
        } catch (IOException e) {
            err.println(out + ": error: cannot write the output: " + Console.describe(e));
            return ExitCode.CANNOT_JUDGE;
        }
        err.flush();
        return ExitCode.OK;
    }

    private static void report(PrintWriter err, Path root, OutputWriter.Report report) {
        for (String kept : report.kept()) {
            err.println("surveygen: left " + root.resolve(kept) + " in place: it is no longer generated, but it is not"
                    + " as surveygen wrote it (changed since, or listed by an older surveygen)");
        }
        err.println("surveygen: " + report.written().size() + " written, " + report.unchanged().size() + " unchanged, "
                + report.deleted().size() + " removed under " + root);
    }
}
