package dev.surveygen.bench.validation;

import dev.surveygen.bench.generation.Mhlw;
import dev.surveygen.bench.mhlw.GeneratedMhlw;
import dev.surveygen.bench.mhlw.HandWrittenValidator;
import dev.surveygen.bench.mhlw.MhlwBean;
import dev.surveygen.bench.mhlw.MhlwBeans;
import dev.surveygen.bench.mhlw.MhlwResponses;
import dev.surveygen.bench.mhlw.Violation;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.semantics.ReferenceInterpreter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.go.mhlw.survey.r6.HospitalSecurityResponse;
import jp.go.mhlw.survey.r6.HospitalSecurityViolation;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating one MHLW response that is already in memory: the generated validator, the reference
 * interpreter (on the JSON-shaped map, its input), Hibernate Validator 8 on the equivalent
 * annotated bean, and the hand-written validator on the same bean. Throughput; run with
 * {@code -prof gc} for the bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidationBenchmark {

    @Param({"VALID", "INVALID"})
    public MhlwResponses response;

    private HospitalSecurityResponse generated;
    private Map<String, Object> json;
    private ReferenceInterpreter reference;
    private MhlwBean bean;
    private ValidatorFactory factory;
    private Validator hibernate;

    @Setup(Level.Trial)
    public void prepare() {
        json = response.json();
        generated = GeneratedMhlw.response(json);
        reference = new ReferenceInterpreter(new SurveyLoader().load("mhlw.yaml", Mhlw.definition()).survey().orElseThrow());
        bean = MhlwBeans.of(json);
        factory = Validation.buildDefaultValidatorFactory();
        hibernate = factory.getValidator();
    }

    @TearDown(Level.Trial)
    public void close() {
        factory.close();
    }

    @Benchmark
    public List<HospitalSecurityViolation> generated() {
        return GeneratedMhlw.validate(generated);
    }

    @Benchmark
    public List<dev.surveygen.semantics.Violation> reference() {
        return reference.check(json);
    }

    @Benchmark
    public Set<ConstraintViolation<MhlwBean>> hibernateValidator() {
        return hibernate.validate(bean);
    }

    @Benchmark
    public List<Violation> handWritten() {
        return HandWrittenValidator.validate(bean);
    }
}
