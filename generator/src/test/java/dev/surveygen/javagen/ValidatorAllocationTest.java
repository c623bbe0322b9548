package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.json.JsonText;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated validator allocates nothing for a valid response (issue #3). A probe compiled
 * beside the generated MHLW code calls it directly in a loop and reads the thread's allocation
 * counter; an invalid response, which must allocate its violation list, is the control that
 * shows the counter measures what it should. No timing is asserted.
 */
class ValidatorAllocationTest {

    private static final int CALLS = 100_000;

    private static final String PROBE = """
            package alloc;

            import java.lang.management.ManagementFactory;

            final class AllocationProbe {
                private AllocationProbe() {}

                static long bytes(HospitalSecurityResponse response, int calls) {
                    com.sun.management.ThreadMXBean threads =
                            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                    int sink = 0;
                    for (int i = 0; i < calls; i++) {
                        sink += HospitalSecurityValidator.validate(response).size();
                    }
                    long before = threads.getCurrentThreadAllocatedBytes();
                    for (int i = 0; i < calls; i++) {
                        sink += HospitalSecurityValidator.validate(response).size();
                    }
                    long after = threads.getCurrentThreadAllocatedBytes();
                    return sink < 0 ? -1 : after - before;
                }
            }
            """;

    @Test
    void aValidResponseAllocatesNothingAndAnInvalidOneItsList() throws Exception {
        Survey survey = TestSurveys.mhlw();
        JavaGenerator.Result result = new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults()
                .withPackage("alloc"));
        List<GeneratedFile> files = new ArrayList<>(result.files());
        files.add(new GeneratedFile("alloc/AllocationProbe.java", PROBE));
        InMemoryJavac.Compilation compilation = InMemoryJavac.compile(files, InMemoryJavac.STRICT);
        assertThat(compilation.diagnostics()).isEmpty();
        GeneratedSurvey generated = GeneratedSurvey.of(survey, result, compilation, "alloc");
        var probe = compilation.loader().loadClass("alloc.AllocationProbe").getDeclaredMethod("bytes",
                compilation.loader().loadClass("alloc.HospitalSecurityResponse"), int.class);
        probe.setAccessible(true);

        Object valid = generated.responseOf(generated.fromJson(response("02-all-yes-full.json"), false));
        assertThat(generated.validateResponse(valid)).isEmpty();
        long validBytes = (long) probe.invoke(null, valid, CALLS);

        Object invalid = generated.responseOf(generated.fromJson(Map.of(), false));
        assertThat(generated.validateResponse(invalid)).isNotEmpty();
        long invalidBytes = (long) probe.invoke(null, invalid, CALLS);

        System.out.printf(java.util.Locale.ROOT, "allocation: %d bytes for %d valid validations, %d for invalid ones%n",
                validBytes, CALLS, invalidBytes);
        // Less than one byte per call: the counter's own bookkeeping, never an object per call.
        assertThat(validBytes).isLessThan(CALLS);
        assertThat(invalidBytes).isGreaterThan(16L * CALLS);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> response(String name) throws Exception {
        return (Map<String, Object>) JsonText.read(Files.readString(
                Path.of("../survey-def/src/test/resources/responses").resolve(name)));
    }
}
