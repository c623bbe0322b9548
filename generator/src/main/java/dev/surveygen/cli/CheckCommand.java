package dev.surveygen.cli;

import dev.surveygen.build.SurveyCheck;
import dev.surveygen.json.JsonText;
import dev.surveygen.json.JsonWriter;
import dev.surveygen.load.InputFiles;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.ReferenceInterpreter;
import dev.surveygen.semantics.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = SurveygenCli.Version.class, description = {
        "Validates one response against a survey with the reference semantics.",
        "RESPONSE is a JSON object from question id to answer ('-' reads standard input).",
        "Prints a JSON array of {\"question\", \"code\", \"message\"} in question order on stdout.",
        "Exit status: 0 valid, 1 invalid, 2 cannot judge (bad definition, unreadable or non-object JSON, usage)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SURVEY", description = "The survey definition (YAML).")
    Path survey;

    @Parameters(index = "1", paramLabel = "RESPONSE", description = "The response (JSON), or - for standard input.")
    String response;

    @Option(names = "--locale", paramLabel = "LOCALE", description = "Locale of the messages (default: the survey's default locale).")
    String locale;

    @Mixin
    MaxSizeOption maxSize;

    /** The default limit of a response: far above any real one, far below what exhausts a default heap. */
    static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

    @Option(names = "--max-response-size", paramLabel = "BYTES", defaultValue = "" + DEFAULT_MAX_RESPONSE_BYTES,
            description = "Largest response accepted, in bytes, from 1 to " + InputFiles.MAX_BYTES
                    + " (default: ${DEFAULT-VALUE}).")
    void setMaxResponseSize(long bytes) {
        if (bytes < 1 || bytes > InputFiles.MAX_BYTES) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-response-size': " + bytes
                    + " is not from 1 to " + InputFiles.MAX_BYTES);
        }
        maxResponseBytes = bytes;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] exit = {ExitCode.OK};
        Optional<Survey> loaded = Console.loadOrReport(survey, maxSize.value(), err, ExitCode.CANNOT_JUDGE, exit);
        if (loaded.isEmpty()) {
            return ExitCode.CANNOT_JUDGE;
        }
        String messageLocale = locale != null ? locale : loaded.get().defaultLocale();
        Optional<String> localeProblem = SurveyCheck.localeProblem(loaded.get(), messageLocale);
        if (localeProblem.isPresent()) {
            err.println("surveygen check: " + localeProblem.get());
            return ExitCode.CANNOT_JUDGE;
        }
        String name = response.equals("-") ? "<stdin>" : response;
        Object json;
        try {
            String limit = "the limit of " + maxResponseBytes + " bytes for a response (--max-response-size)";
            byte[] bytes = response.equals("-") ? InputFiles.read(System.in, maxResponseBytes, limit)
                    : InputFiles.read(Path.of(response), maxResponseBytes, limit);
            json = JsonText.read(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            err.println(name + ": error: the response is not valid UTF-8");
            return ExitCode.CANNOT_JUDGE;
        } catch (IOException e) {
            err.println(name + ": error: cannot read the file: " + Console.describe(e));
            return ExitCode.CANNOT_JUDGE;
        } catch (JsonText.SyntaxException e) {
            err.println(name + ":" + e.line() + ":" + e.column() + ": error: " + e.reason());
            return ExitCode.CANNOT_JUDGE;
        }
        if (!(json instanceof Map<?, ?> map)) {
            err.println(name + ":1:1: error: a response is a JSON object from question id to answer");
            return ExitCode.CANNOT_JUDGE;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) map;
        List<Violation> violations = new ReferenceInterpreter(loaded.get()).check(answers);
        out.print(render(violations, messageLocale, loaded.get().defaultLocale()));
        out.flush();
        return violations.isEmpty() ? ExitCode.OK : ExitCode.FOUND;
    }

    /** One violation per line, so that the output reads well and greps well. */
    static String render(List<Violation> violations, String locale, String fallback) {
        if (violations.isEmpty()) {
            return "[]\n";
        }
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("question", v.question());
            object.put("code", v.code().code());
            object.put("message", v.message().in(locale, fallback));
            out.append("  ").append(JsonWriter.write(object)).append(i + 1 < violations.size() ? ",\n" : "\n");
        }
        return out.append("]\n").toString();
    }
}
