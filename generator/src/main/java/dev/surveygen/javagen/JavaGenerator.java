package dev.surveygen.javagen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.naming.EnablementCost;
import dev.surveygen.model.Survey;
import dev.surveygen.naming.JavaLimits;
import dev.surveygen.naming.JavaNames;
import dev.surveygen.output.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generates the Java sources of a checked survey, in memory. What the generated code cannot hold
 * (clashing names, too costly enablement) is the loader's check phase's to report; a survey that
 * did not pass it gets the same diagnostics here and no file. Output is a function
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
        // The loader's check phase reports all of this already; a survey built otherwise is checked
        // by the same functions here, so that no unchecked survey reaches the emitters.
        JavaNames names = JavaNames.derive(survey, diagnostics);
        if (!diagnostics.hasErrors()) {
            EnablementCost.check(survey, diagnostics);
        }
        preflight(survey, options).forEach(diagnostics::add);
        if (diagnostics.hasErrors()) {
            return new Result(List.of(), diagnostics.sorted());
        }
        GenerationContext ctx = new GenerationContext(survey, names, options);
        TypesEmitter types = new TypesEmitter(ctx);
        FacadeEmitter facades = new FacadeEmitter(ctx);
        List<GeneratedFile> files = new ArrayList<>();
        String header = ctx.header();
        // Each type is written out as soon as it is built, so that only one type's JavaPoet tree is
        // in memory at a time, however many parts a survey has.
        Consumer<TypeSpec> write = spec -> files.add(file(options, header, spec));
        write.accept(types.response());
        types.enums().forEach(write);
        write.accept(types.violation());
        write.accept(types.binding());
        write.accept(types.questions());
        write.accept(facades.validator());
        write.accept(facades.binder());
        for (int k = 0; k < ctx.parts.size(); k++) {
            write.accept(new PartEmitter(ctx, k).emit());
            write.accept(new BinderPartEmitter(ctx, k).emit());
        }
        files.add(RuntimeSources.support(ctx, "// " + header));
        files.add(RuntimeSources.json(ctx, "// " + header));
        if (RuntimeSources.needsPatternMatcher(ctx)) {
            files.add(RuntimeSources.patternMatcher(ctx, "// " + header));
        }
        return new Result(List.copyOf(files), diagnostics.sorted());
    }

    /**
     * What the generated Java cannot hold with these options, for the check phase
     * ({@code build.SurveyCheck}), which runs it on every checked survey. The Java names and the
     * enablement cost do not depend on the options; the loader's check phase reports them, with
     * every other error of the definition at once.
     */
    public static List<Diagnostic> preflight(Survey survey, JavaGeneratorOptions options) {
        Diagnostics diagnostics = new Diagnostics(survey.sourceFile());
        checkJacksonSize(survey, options, diagnostics);
        return diagnostics.sorted();
    }

    /**
     * With Jackson annotations every getter and setter of the response names its question once
     * more, so the response holds fewer questions than {@link JavaLimits#MAX_QUESTIONS}.
     */
    private static void checkJacksonSize(Survey survey, JavaGeneratorOptions options, Diagnostics diagnostics) {
        int questions = survey.questions().size();
        if (options.jackson() && questions > JavaLimits.MAX_QUESTIONS_WITH_JACKSON) {
            diagnostics.error(dev.surveygen.diagnostics.SourcePosition.START, "the survey has " + questions
                    + " questions; the generated Java can have at most " + JavaLimits.MAX_QUESTIONS_WITH_JACKSON
                    + " with Jackson annotations (javac's limit of 65,535 constants per class); split the survey,"
                    + " or generate without Jackson");
        }
    }

    private static GeneratedFile file(JavaGeneratorOptions options, String header, TypeSpec spec) {
        JavaFile file = JavaFile.builder(options.packageName(), spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .addFileComment("$L", header)
                .build();
        return new GeneratedFile(options.packageName().replace('.', '/') + "/" + spec.name() + ".java",
                JavaText.escapeInvisible(JavaText.compact(file.toString())));
    }
}
