package dev.surveygen.cli;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.formgen.FormGenerator;
import dev.surveygen.formgen.FormTemplateException;
import dev.surveygen.output.GeneratedFile;
import java.util.List;
import dev.surveygen.javagen.JavaGenerator;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.model.Survey;
import dev.surveygen.output.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        "generated are removed (tracked in DIR/java/.surveygen-files; nothing else is ever deleted).",
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

    @Option(names = "--jackson", description = "Add Jackson annotations to the response and the choice enums.")
    boolean jackson;

    @Option(names = "--templates", paramLabel = "DIR", description = "Directory whose files override the built-in"
            + " form templates of the same name (form.ftlh, surveygen-form.js, surveygen-form.css).")
    Path templates;

    @Mixin
    MaxSizeOption maxSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!JavaGeneratorOptions.isValidPackage(packageName)) {
            err.println("surveygen generate: '" + packageName + "' is not a valid Java package name");
            return ExitCode.CANNOT_JUDGE;
        }
        int[] exit = {ExitCode.OK};
        Optional<Survey> loaded = Console.loadOrReport(survey, maxSize.value(), err, ExitCode.FOUND, exit);
        if (loaded.isEmpty()) {
            return exit[0];
        }
        JavaGenerator.Result result = new JavaGenerator().generate(loaded.get(),
                new JavaGeneratorOptions(packageName, jakartaValidation, jackson));
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic);
        }
        if (result.hasErrors()) {
            return ExitCode.FOUND;
        }
        List<GeneratedFile> forms;
        try {
            forms = new FormGenerator(Optional.ofNullable(templates)).generate(loaded.get(), loaded.get().defaultLocale());
        } catch (FormTemplateException e) {
            err.println((templates != null ? templates : "form.ftlh") + ": error: " + e.getMessage());
            return ExitCode.FOUND;
        } catch (IOException e) {
            err.println("surveygen generate: cannot read the templates: " + Console.describe(e));
            return ExitCode.CANNOT_JUDGE;
        }
        try {
            report(err, out.resolve("java"), new OutputWriter().write(out.resolve("java"), result.files()));
            report(err, out.resolve("forms"), new OutputWriter().write(out.resolve("forms"), forms));
        } catch (IOException e) {
            err.println(out + ": error: cannot write the output: " + Console.describe(e));
            return ExitCode.CANNOT_JUDGE;
        }
        err.flush();
        return ExitCode.OK;
    }

    private static void report(PrintWriter err, Path root, OutputWriter.Report report) {
        err.println("surveygen: " + report.written().size() + " written, " + report.unchanged().size() + " unchanged, "
                + report.deleted().size() + " removed under " + root);
    }
}
