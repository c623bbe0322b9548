package dev.surveygen.cli;

import dev.surveygen.build.SurveyCheck;
import dev.surveygen.json.JsonWriter;
import dev.surveygen.model.Survey;
import dev.surveygen.rules.SurveyModel;
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

@Command(name = "model", mixinStandardHelpOptions = true, versionProvider = SurveygenCli.Version.class, description = {
        "Prints the checked model of a survey as JSON, for other tools (format in docs/cli.md).",
        "Exit status: 0 done, 1 errors in the definition, 2 usage or I/O problem."})
final class ModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SURVEY", description = "The survey definition (YAML).")
    Path survey;

    @Option(names = "--locale", paramLabel = "LOCALE", description = "Only the texts of this locale (default: every locale of the survey).")
    String locale;

    @Mixin
    MaxSizeOption maxSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int[] exit = {ExitCode.OK};
        Optional<Survey> loaded = Console.loadOrReport(survey, maxSize.value(), err, ExitCode.FOUND, exit);
        if (loaded.isEmpty()) {
            return exit[0];
        }
        List<String> locales = loaded.get().locales();
        if (locale != null) {
            Optional<String> localeProblem = SurveyCheck.localeProblem(loaded.get(), locale);
            if (localeProblem.isPresent()) {
                err.println("surveygen model: " + localeProblem.get());
                return ExitCode.CANNOT_JUDGE;
            }
            locales = List.of(locale);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(JsonWriter.pretty(SurveyModel.of(loaded.get(), locales)));
        out.print('\n');
        out.flush();
        return ExitCode.OK;
    }
}
