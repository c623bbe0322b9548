package dev.surveygen.build;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Severity;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.diagnostics.Suggestions;
import dev.surveygen.formgen.FormGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The templates a template directory may override, one file at a time, by file name. A file of
 * any other name in that directory is a mistake (most often a typo) and is reported, because it
 * would otherwise be silently ignored.
 */
public final class BuiltInTemplates {

    /** The built-in template file names, in a fixed order (those of the form generator). */
    public static final List<String> NAMES = FormGenerator.TEMPLATE_NAMES;

    /** The one template of earlier versions, now the components: named in its own message. */
    private static final String RETIRED_FORM_TEMPLATE = "form.ftlh";

    private BuiltInTemplates() {}

    /**
     * What is wrong with a template directory, one message per problem (empty when it is fine):
     * it must be a directory, and every entry in it a regular file named like a built-in template.
     */
    public static List<String> check(Path directory) throws IOException {
        return problems(directory).stream().map(problem -> problem.file() + ": " + problem.message()).toList();
    }

    /**
     * Everything {@link #check} finds, and an overriding component that does not parse (the form
     * generator's preflight, {@link FormGenerator#preflight}), as errors in the compiler's format: at the line and
     * column of a syntax error, at the start of a misnamed file. Generates nothing.
     */
    public static List<Diagnostic> diagnostics(Path directory) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Problem problem : problems(directory)) {
            diagnostics.add(new Diagnostic(problem.file().toString(), SourcePosition.START, Severity.ERROR,
                    problem.message()));
        }
        if (Files.isDirectory(directory)) {
            diagnostics.addAll(new FormGenerator(Optional.of(directory)).preflight());
        }
        return List.copyOf(diagnostics);
    }

    private record Problem(Path file, String message) {}

    private static List<Problem> problems(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of(new Problem(directory, "the template directory " + (Files.exists(directory)
                    ? "is not a directory" : "does not exist")));
        }
        List<Problem> problems = new ArrayList<>();
        for (Path entry : list(directory)) {
            String name = entry.getFileName().toString();
            if (name.equals(RETIRED_FORM_TEMPLATE)) {
                problems.add(new Problem(entry, "'" + RETIRED_FORM_TEMPLATE + "' overrides no built-in template any more:"
                        + " the form is made of components, each overridden on its own by its file name (page.ftlh,"
                        + " radios.ftlh, guidance.ftlh, …; docs/forms.md); the templates are " + String.join(", ", NAMES)));
            } else if (!NAMES.contains(name)) {
                problems.add(new Problem(entry, "'" + name + "' overrides no built-in template"
                        + Suggestions.didYouMean(name, NAMES) + "; the templates are " + String.join(", ", NAMES)));
            } else if (!Files.isRegularFile(entry)) {
                problems.add(new Problem(entry, "a template override must be a regular file"));
            }
        }
        return List.copyOf(problems);
    }

    /** The entries of a template directory, sorted by name. */
    public static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        }
    }
}
