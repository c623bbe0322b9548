package dev.surveygen.bench.rendering;

import dev.surveygen.bench.mhlw.GeneratedMhlw;
import dev.surveygen.bench.mhlw.MhlwResponses;
import dev.surveygen.freemarker.FormPage;
import dev.surveygen.freemarker.SurveyForms;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
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
 * Rendering the MHLW form as a host does on every GET and every rejected POST: {@link
 * SurveyForms#render} of the template the plugin generated in survey-def (read from the classpath,
 * as {@code SurveyForms.fromClasspath()} reads it), into a buffer that is reused like a servlet's
 * response buffer. {@code EMPTY}: the form of a GET, with a CSRF field. {@code INVALID}: the form
 * after a rejected POST of {@link MhlwResponses#INVALID}: what was typed and the three violations
 * of the generated validator, as records. Throughput; run with {@code -prof gc} for the bytes
 * allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FormRenderingBenchmark {

    /** The MHLW survey's id: its template is {@code surveygen/forms/ID.ftlh} on the classpath. */
    static final String SURVEY = "mhlw-r6-hospital-cybersecurity";

    /** What the form shows. */
    public enum Form {
        EMPTY,
        INVALID
    }

    @Param({"EMPTY", "INVALID"})
    public Form form;

    private SurveyForms forms;
    private Map<String, String[]> answers;
    private List<?> violations;
    private final Buffer out = new Buffer();

    @Setup(Level.Trial)
    public void prepare() {
        forms = SurveyForms.fromClasspath(FormRenderingBenchmark.class.getClassLoader());
        if (form == Form.INVALID) {
            answers = MhlwResponses.INVALID.formParameters();
            violations = GeneratedMhlw.validate(GeneratedMhlw.fromParameterMap(answers));
            if (violations.size() != 3) {
                throw new IllegalStateException("INVALID should have 3 violations: " + violations);
            }
        }
    }

    /** The page's model, built per request as a host builds it, then rendered. */
    @Benchmark
    public int render() throws IOException {
        FormPage.Builder page = FormPage.builder().hiddenField("_csrf", "0123456789abcdef");
        if (form == Form.INVALID) {
            page.answers(answers).violations(violations);
        }
        out.reset();
        forms.render(SURVEY, page.build(), out);
        return out.length();
    }

    /** The rendered page (for tests). */
    String page() throws IOException {
        render();
        return out.toString();
    }

    /** A response buffer, kept at its size between renders as a servlet container keeps its buffer. */
    static final class Buffer extends Writer {

        private final StringBuilder text = new StringBuilder(1 << 17);

        void reset() {
            text.setLength(0);
        }

        int length() {
            return text.length();
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
