package dev.surveygen.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar surveygen.jar}. */
@Command(name = "surveygen", mixinStandardHelpOptions = true, versionProvider = SurveygenCli.Version.class,
        description = "Checks survey definitions and responses, and prints the checked model.",
        subcommands = {LintCommand.class, CheckCommand.class, ModelCommand.class, GenerateCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success (lint: no errors; check: valid)", "1:errors in a definition, or violations in a response",
                "2:usage error, unreadable input, or (check) a definition or response that cannot be judged",
                "3:internal error in surveygen (please report it)"})
public final class SurveygenCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: lint, check, model or generate");
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI with the given streams (UTF-8 whatever the platform default) and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new SurveygenCli());
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("surveygen: " + e.getMessage());
            w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            w.flush();
            return ExitCode.CANNOT_JUDGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            w.println("surveygen: internal error (please report it): " + e);
            if (Boolean.getBoolean("surveygen.debug")) {
                e.printStackTrace(w);
            }
            w.flush();
            return ExitCode.INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Inputs are read within their size limits; what is left is a heap too small for them.
            PrintWriter w = cli.getErr();
            w.println("surveygen: not enough memory for this input; run java with a larger heap (for example"
                    + " java -Xmx1g -jar surveygen.jar ...) or lower the size limits");
            w.flush();
            return ExitCode.CANNOT_JUDGE;
        } catch (StackOverflowError e) {
            PrintWriter w = cli.getErr();
            w.println("surveygen: internal error (please report it): " + e);
            w.flush();
            return ExitCode.INTERNAL;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SurveygenCli.class.getPackage().getImplementationVersion();
            return new String[] {"surveygen " + (version != null ? version : "(development build)")};
        }
    }
}
