package dev.surveygen.javagen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generates the Java sources of a checked survey, in memory. Name clashes are reported as
 * diagnostics (with the lines of both ids) and then no file is produced. Output is a function
 * of the survey and the options alone: same bytes on every run, locale and time zone.
 */
public final class JavaGenerator {

    /** Sources by path relative to the Java source root, or the diagnostics that prevented them. */
    public record Result(List<GeneratedFile> files, List<Diagnostic> diagnostics) {

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public Result generate(Survey survey, JavaGeneratorOptions options) {
        Diagnostics diagnostics = new Diagnostics(survey.sourceFile());
        JavaNames names = JavaNames.derive(survey, diagnostics);
        checkSize(survey, options, diagnostics);
        checkEnablementCost(survey, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Result(List.of(), diagnostics.sorted());
        }
        GenerationContext ctx = new GenerationContext(survey, names, options);
        TypesEmitter types = new TypesEmitter(ctx);
        FacadeEmitter facades = new FacadeEmitter(ctx);
        List<GeneratedFile> files = new ArrayList<>();
        // Each type is written out as soon as it is built, so that only one type's JavaPoet tree is
        // in memory at a time, however many parts a survey has.
        Consumer<TypeSpec> write = spec -> files.add(file(survey, options, spec));
        write.accept(types.response());
        types.enums().forEach(write);
        write.accept(types.violation());
        write.accept(types.binding());
        write.accept(types.questions());
        write.accept(facades.validator());
        write.accept(facades.binder());
        write.accept(facades.enablement());
        write.accept(new SupportEmitter(ctx).emit());
        write.accept(new JsonEmitter(ctx).emit());
        for (int k = 0; k < ctx.parts.size(); k++) {
            write.accept(new PartEmitter(ctx, k).emit());
            write.accept(new BinderPartEmitter(ctx, k).emit());
        }
        return new Result(List.copyOf(files), diagnostics.sorted());
    }

    /**
     * The most questions the generated Java can have: the response, its builder and the enablement
     * class have one method per question, and javac allows 65,535 constants per class (each method
     * name is one). With Jackson annotations every getter and setter also names its question.
     */
    static final int MAX_QUESTIONS = 50_000;

    /** {@link #MAX_QUESTIONS} with {@code --jackson}. */
    static final int MAX_QUESTIONS_WITH_JACKSON = 30_000;

    private static void checkSize(Survey survey, JavaGeneratorOptions options, Diagnostics diagnostics) {
        int questions = survey.questions().size();
        int max = options.jackson() ? MAX_QUESTIONS_WITH_JACKSON : MAX_QUESTIONS;
        if (questions > max) {
            diagnostics.error(dev.surveygen.diagnostics.SourcePosition.START, "the survey has " + questions
                    + " questions; the generated Java can have at most " + max + (options.jackson() ? " with Jackson"
                    + " annotations" : "") + " (javac's limit of 65,535 constants per class); split the survey");
        }
    }

    /**
     * Each generated enablement method calls those of the questions its condition reads, so one
     * question costs 1 plus the cost of each dependency. That is tiny for real surveys (MHLW: at
     * most 3) but grows exponentially when chained conditions each read several earlier chained
     * questions; such a survey is refused with the question named, rather than given slow code.
     */
    static final long MAX_ENABLEMENT_COST = 10_000;

    private static void checkEnablementCost(Survey survey, Diagnostics diagnostics) {
        dev.surveygen.semantics.EnablementGraph graph = new dev.surveygen.semantics.EnablementGraph(survey);
        java.util.Map<String, Long> cost = new java.util.HashMap<>();
        for (dev.surveygen.model.Question q : graph.evaluationOrder()) {
            long total = 1;
            for (String dependency : graph.dependencies(q.id())) {
                total = Math.min(Long.MAX_VALUE / 4, total + cost.get(dependency));
            }
            cost.put(q.id(), total);
            if (total > MAX_ENABLEMENT_COST) {
                diagnostics.error(q.position(), "whether '" + q.id() + "' is enabled depends on " + total
                        + " condition evaluations through chained conditions (limit " + MAX_ENABLEMENT_COST
                        + "); make the chain shorter or let fewer chained questions feed each condition");
                return;
            }
        }
    }

    private static GeneratedFile file(Survey survey, JavaGeneratorOptions options, TypeSpec spec) {
        JavaFile file = JavaFile.builder(options.packageName(), spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .addFileComment("Generated by surveygen from $L. Do not edit: change the survey definition instead.",
                        JavaText.javadoc(fileName(survey.sourceFile())).replace("*", "&#42;"))
                .build();
        return new GeneratedFile(options.packageName().replace('.', '/') + "/" + spec.name() + ".java",
                JavaText.escapeInvisible(file.toString()));
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
