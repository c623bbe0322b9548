package dev.surveygen.bench.binding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveygen.bench.mhlw.GeneratedMhlw;
import dev.surveygen.bench.mhlw.HandWrittenBinder;
import dev.surveygen.bench.mhlw.MhlwBean;
import dev.surveygen.bench.mhlw.MhlwResponses;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.go.mhlw.survey.r6.HospitalSecurityBinding;
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
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;

/**
 * Reading one MHLW response: the generated form binder ({@code fromParameterMap}, as a servlet
 * hands the parameters over) against Spring's {@link WebDataBinder} onto the equivalent bean (a
 * new binder per request, trimming as an {@code @InitBinder} would set up) and a hand-written
 * binder; the generated JSON binder against Jackson binding the same JSON onto the bean, from the
 * text ({@code readValue}; the generated binder then reads the map Jackson parsed) and from a map
 * ({@code convertValue}). {@code formThenValidate} is a whole form POST: bind and validate.
 * Throughput; run with {@code -prof gc} for the bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BindingBenchmark {

    @Param({"VALID", "INVALID"})
    public MhlwResponses response;

    private Map<String, String[]> form;
    private Map<String, String[]> beanForm;
    private String jsonText;
    private Map<String, Object> json;
    private ObjectMapper mapper;

    @Setup(Level.Trial)
    public void prepare() {
        form = response.formParameters();
        beanForm = response.beanParameters();
        jsonText = response.jsonText();
        json = response.json();
        mapper = new ObjectMapper();
    }

    @Benchmark
    public HospitalSecurityBinding formGenerated() {
        return GeneratedMhlw.fromParameterMap(form);
    }

    @Benchmark
    public List<HospitalSecurityViolation> formGeneratedThenValidate() {
        return GeneratedMhlw.validate(GeneratedMhlw.fromParameterMap(form));
    }

    @Benchmark
    public MhlwBean formSpring() {
        WebDataBinder binder = new WebDataBinder(new MhlwBean(), "survey");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.bind(new MutablePropertyValues(beanForm));
        return (MhlwBean) binder.getTarget();
    }

    @Benchmark
    public MhlwBean formHandWritten() {
        return HandWrittenBinder.fromParameterMap(form);
    }

    @Benchmark
    public HospitalSecurityBinding jsonTextGenerated() throws JsonProcessingException {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = mapper.readValue(jsonText, Map.class);
        return GeneratedMhlw.fromJson(parsed);
    }

    @Benchmark
    public MhlwBean jsonTextJackson() throws JsonProcessingException {
        return mapper.readValue(jsonText, MhlwBean.class);
    }

    @Benchmark
    public HospitalSecurityBinding jsonMapGenerated() {
        return GeneratedMhlw.fromJson(json);
    }

    @Benchmark
    public MhlwBean jsonMapJackson() {
        return mapper.convertValue(json, MhlwBean.class);
    }
}
