package dev.surveygen.load;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.model.Survey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads and checks a survey definition. The survey is present only when there are no errors;
 * warnings may accompany it. Bad input never throws: every problem is a diagnostic.
 */
public final class SurveyLoader {

    private final LoaderLimits limits;

    public SurveyLoader() {
        this(LoaderLimits.DEFAULT);
    }

    public SurveyLoader(LoaderLimits limits) {
        this.limits = limits;
    }

    /** What loading produced: the checked survey, if there were no errors, and every diagnostic in file order. */
    public record Result(Optional<Survey> survey, List<Diagnostic> diagnostics) {

        public boolean hasErrors() {
            return survey.isEmpty();
        }
    }

    /** Loads {@code path}; diagnostics name the file as {@code path} is written. */
    public Result load(Path path) throws IOException {
        return load(path.toString(), Files.readAllBytes(path));
    }

    /** Loads a definition from bytes; {@code displayName} is what diagnostics call the file. */
    public Result load(String displayName, byte[] bytes) {
        return check(read(displayName, bytes));
    }

    /**
     * The first stage of {@link #load}: decodes, composes and binds the YAML into a definition
     * that is not yet checked as a whole. Useful to tools and benchmarks that time the stages.
     */
    public Read read(String displayName, byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics(displayName);
        YamlComposer composer = new YamlComposer(limits);
        Optional<DefinitionBinder.Bound> bound = composer.decode(bytes, diagnostics).flatMap(text -> {
            Optional<Node> root = composer.compose(text, diagnostics);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            return new DefinitionBinder(displayName, new SourceText(text), diagnostics).bind(root.get());
        });
        return new Read(displayName, diagnostics.sorted(), bound);
    }

    /**
     * The second stage of {@link #load}: the checks that need the whole definition. The same
     * {@link Read} may be checked any number of times; each check starts from its diagnostics.
     */
    public Result check(Read read) {
        Diagnostics diagnostics = new Diagnostics(read.displayName);
        read.diagnostics.forEach(diagnostics::add);
        Optional<Survey> survey = read.bound.map(bound -> new DefinitionChecker(diagnostics).check(bound));
        return new Result(diagnostics.hasErrors() ? Optional.empty() : survey, diagnostics.sorted());
    }

    /** A definition after {@link #read}: its diagnostics so far and, unless it could not be bound, the definition. */
    public static final class Read {

        private final String displayName;
        private final List<Diagnostic> diagnostics;
        private final Optional<DefinitionBinder.Bound> bound;

        private Read(String displayName, List<Diagnostic> diagnostics, Optional<DefinitionBinder.Bound> bound) {
            this.displayName = displayName;
            this.diagnostics = diagnostics;
            this.bound = bound;
        }

        /** The diagnostics of reading and binding, in file order. */
        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }
}
