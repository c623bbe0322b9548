package dev.surveygen.load;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.model.Survey;
import java.io.IOException;
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
    private final CatalogueFiles catalogues;

    public SurveyLoader() {
        this(LoaderLimits.DEFAULT);
    }

    public SurveyLoader(LoaderLimits limits) {
        this(limits, CatalogueFiles.NONE);
    }

    /** A loader for which the locales of {@code catalogues} are available besides the built-in ones. */
    public SurveyLoader(LoaderLimits limits, CatalogueFiles catalogues) {
        this.limits = limits;
        this.catalogues = catalogues;
    }

    /** What loading produced: the checked survey, if there were no errors, and every diagnostic in file order. */
    public record Result(Optional<Survey> survey, List<Diagnostic> diagnostics) {

        public boolean hasErrors() {
            return survey.isEmpty();
        }
    }

    /**
     * Loads {@code path}; diagnostics name the file as {@code path} is written. A file that cannot
     * be read, or that has more bytes than a definition within the size limit can have (four per
     * character, and a byte order mark), is an {@link IOException}: it is refused before it is read.
     */
    public Result load(Path path) throws IOException {
        return load(path.toString(), InputFiles.read(path, maxBytes(limits), "the " + maxBytes(limits)
                + " bytes a definition of at most " + limits.maxCodePoints() + " characters can have"));
    }

    /** The most bytes a definition of at most the limit's characters can have in UTF-8. */
    static long maxBytes(LoaderLimits limits) {
        return 4L * limits.maxCodePoints() + 3;
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
            return new DefinitionBinder(displayName, new SourceText(text), diagnostics, catalogues).bind(root.get());
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
