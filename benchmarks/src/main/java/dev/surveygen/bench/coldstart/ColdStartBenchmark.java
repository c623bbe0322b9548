package dev.surveygen.bench.coldstart;

import dev.surveygen.bench.mhlw.GeneratedMhlw;
import dev.surveygen.bench.mhlw.HandWrittenBinder;
import dev.surveygen.bench.mhlw.HandWrittenValidator;
import dev.surveygen.bench.mhlw.MhlwBean;
import dev.surveygen.bench.mhlw.MhlwResponses;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.go.mhlw.survey.r6.HospitalSecurityResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first call in a fresh JVM: one operation per fork, many forks. What each benchmark has before
 * the clock starts is prepared in its state (a response built in code, servlet-style parameters,
 * a bean); the measured call loads and initialises whatever it needs.
 *
 * <ul>
 *   <li>{@code generatedValidate}: the first {@code validate} of a response built with the builder.
 *   <li>{@code generatedFormPost}: the first form POST, {@code fromParameterMap} then {@code validate}.
 *   <li>{@code handWritten…}: the same with the hand-written validator and binder.
 *   <li>{@code hibernateValidator}: building the validator factory and the first {@code validate}.
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 30, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

    @State(Scope.Benchmark)
    public static class GeneratedResponse {
        HospitalSecurityResponse response;

        @Setup(Level.Trial)
        public void build() {
            response = GeneratedMhlw.validBuiltInCode();
        }
    }

    @State(Scope.Benchmark)
    public static class Form {
        Map<String, String[]> parameters;

        @Setup(Level.Trial)
        public void build() {
            parameters = MhlwResponses.VALID.formParameters();
        }
    }

    @State(Scope.Benchmark)
    public static class Bean {
        MhlwBean bean;

        @Setup(Level.Trial)
        public void build() {
            bean = HandWrittenBinder.fromParameterMap(MhlwResponses.VALID.formParameters());
        }
    }

    @Benchmark
    public Collection<?> generatedValidate(GeneratedResponse state) {
        return GeneratedMhlw.validate(state.response);
    }

    @Benchmark
    public Collection<?> generatedFormPost(Form state) {
        return GeneratedMhlw.validate(GeneratedMhlw.fromParameterMap(state.parameters));
    }

    @Benchmark
    public Collection<?> handWrittenValidate(Bean state) {
        return HandWrittenValidator.validate(state.bean);
    }

    @Benchmark
    public Collection<?> handWrittenFormPost(Form state) {
        return HandWrittenValidator.validate(HandWrittenBinder.fromParameterMap(state.parameters));
    }

    @Benchmark
    public Collection<?> hibernateValidator(Bean state) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(state.bean);
        }
    }
}
