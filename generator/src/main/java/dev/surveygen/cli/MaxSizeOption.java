package dev.surveygen.cli;

import dev.surveygen.load.LoaderLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --max-size} option of every command, checked when it is parsed (a usage error when out of range). */
final class MaxSizeOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private int value = LoaderLimits.DEFAULT.maxCodePoints();

    @Option(names = "--max-size", paramLabel = "CHARS", defaultValue = "" + LoaderLimits.DEFAULT_MAX_CODE_POINTS,
            description = "Largest definition accepted, in characters, from 1 to " + LoaderLimits.MAX_CODE_POINTS
                    + " (default: ${DEFAULT-VALUE}).")
    void set(int chars) {
        if (chars < 1 || chars > LoaderLimits.MAX_CODE_POINTS) {
            throw new ParameterException(mixee.commandLine(), "Invalid value for option '--max-size': " + chars
                    + " is not from 1 to " + LoaderLimits.MAX_CODE_POINTS);
        }
        value = chars;
    }

    int value() {
        return value;
    }
}
