package dev.surveygen.cli;

import dev.surveygen.build.BuiltInTemplates;
import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyBuild;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.formgen.FormTemplateException;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import dev.surveygen.output.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    @Option(names = "--package", paramLabel = "NAME", description = "Java package (default: ${DEFAULT-VALUE}).")
    String packageName = JavaGeneratorOptions.DEFAULT_PACKAGE;

    @Option(names = "--jakarta-validation", description = "Add Jakarta Bean Validation annotations to the response.")
    boolean jakartaValidation;

    @Option(names = "--jackson", description = "Let Jackson read and write responses through the generated binder.")
    boolean jackson;

    @Option(names = "--templates", paramLabel = "DIR", description = "Directory whose files override the built-in"
            + " form templates of the same name (form.ftlh, surveygen-rules.js, surveygen-form.js, surveygen-form.css).")
    Path templates;

    @Mixin
    MaxSizeOption maxSize;

    @Option(names = "--locale", paramLabel = "LOCALE", description = "Locale of the generated form texts, one of the"
            + " survey's locales (default: the survey's own).")
    String locale;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> packageProblem = JavaGeneratorOptions.packageProblem(packageName);
        if (packageProblem.isPresent()) {
            err.println("surveygen generate: " + packageProblem.get());
            return ExitCode.CANNOT_JUDGE;
        }
        if (templates != null) {
            // The same check as the Maven plugin: a misnamed override would otherwise be ignored silently.
            try {
                List<String> problems = BuiltInTemplates.check(templates);
                if (!problems.isEmpty()) {
                    problems.forEach(problem -> err.println("surveygen generate: " + problem));
                    return ExitCode.CANNOT_JUDGE;
                }
            } catch (IOException e) {
                err.println("surveygen generate: cannot read the templates: " + Console.describe(e));
                return ExitCode.CANNOT_JUDGE;
            }
        }
        GenerationConfig config = new GenerationConfig(new JavaGeneratorOptions(packageName, jakartaValidation, jackson),
                Optional.ofNullable(templates), LoaderLimits.DEFAULT.withMaxCodePoints(maxSize.value()),
                Optional.ofNullable(locale));
        SurveyBuild.Result result;
        try {
            result = new SurveyBuild(config).generate(survey);
        } catch (FormTemplateException e) {
            err.println((templates != null ? templates : "form.ftlh") + ": error: " + e.getMessage());
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
