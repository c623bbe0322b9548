package dev.surveygen.bench.generation;

import dev.surveygen.formgen.FormGenerator;
import dev.surveygen.javagen.JavaGenerator;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generator's stages, in process, on synthetic surveys of 1,000 to 50,000 questions (plain and
 * with chained conditions) and on the MHLW survey ({@code questions = 0}): reading the YAML into a
 * bound definition, checking it as a whole, generating the Java sources, generating the form. Each
 * stage starts from the previous stage's result, prepared once per fork. One operation is one
 * whole stage (single shot): what matters is how the cost per question changes with the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class GenerationBenchmark {

    /** Questions of the synthetic survey; 0 is the MHLW survey. */
    @Param({"0", "1000", "5000", "10000", "50000"})
    public int questions;

    /** {@code plain} or {@code chained} (ignored for MHLW). */
    @Param({"plain", "chained"})
    public String variant;

    private byte[] yaml;
    private String name;
    private SurveyLoader loader;
    private SurveyLoader.Read read;
    private Survey survey;

    @Setup(Level.Trial)
    public void prepare() {
        name = questions == 0 ? "mhlw-r6-hospital-cybersecurity.yaml" : "synthetic-" + questions + "-" + variant + ".yaml";
        yaml = questions == 0 ? Mhlw.definition() : SyntheticSurvey.of(variant, questions).getBytes(StandardCharsets.UTF_8);
        // The synthetic surveys are machine-made: the size limit is raised for them as for any such survey.
        loader = new SurveyLoader(LoaderLimits.DEFAULT.withMaxCodePoints(LoaderLimits.MAX_CODE_POINTS));
        read = loader.read(name, yaml);
        SurveyLoader.Result checked = loader.check(read);
        if (checked.hasErrors()) {
            throw new IllegalStateException(name + ": " + checked.diagnostics());
        }
        survey = checked.survey().orElseThrow();
    }

    /** YAML text to a bound definition. */
    @Benchmark
    public SurveyLoader.Read read() {
        return loader.read(name, yaml);
    }

    /** The whole-definition checks (what {@code lint} adds to reading). */
    @Benchmark
    public SurveyLoader.Result check() {
        return loader.check(read);
    }

    /** The Java sources. */
    @Benchmark
    public JavaGenerator.Result generateJava() {
        JavaGenerator.Result result = new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults()
                .withPackage("bench.generated"));
        if (result.hasErrors()) {
            throw new IllegalStateException(result.diagnostics().toString());
        }
        return result;
    }

    /** The form files. */
    @Benchmark
    public List<GeneratedFile> generateForm() {
        try {
            return new FormGenerator(Optional.empty()).generate(survey, survey.defaultLocale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
