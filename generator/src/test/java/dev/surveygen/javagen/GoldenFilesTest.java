package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The MHLW survey's generated sources, byte for byte, against the golden files in
 * {@code src/test/golden/mhlw/}. After an intended change to an emitter, regenerate them with
 * {@code ./mvnw -pl generator test -Dtest=GoldenFilesTest -Dsurveygen.updateGolden=true} and
 * review the diff like any other code change.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/golden/mhlw");
    static final String PACKAGE = "jp.go.mhlw.survey.r6";

    @Test
    void mhlwSourcesMatchTheGoldenFiles() throws IOException {
        Survey survey = GeneratedSurvey.loadFile(DifferentialTest.MHLW);
        JavaGenerator.Result result = new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults()
                .withPackage(PACKAGE));
        assertThat(result.diagnostics()).isEmpty();
        if (Boolean.getBoolean("surveygen.updateGolden")) {
            update(result.files());
        }
        TreeSet<String> expectedNames = new TreeSet<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            files.filter(Files::isRegularFile).forEach(f -> expectedNames.add(GOLDEN.relativize(f).toString()
                    .replace('\\', '/')));
        }
        TreeSet<String> actualNames = new TreeSet<>();
        result.files().forEach(f -> actualNames.add(f.path()));
        assertThat(actualNames).as("generated file names (update with -Dsurveygen.updateGolden=true)")
                .isEqualTo(expectedNames);
        for (GeneratedFile file : result.files()) {
            String expected = Files.readString(GOLDEN.resolve(file.path()), StandardCharsets.UTF_8);
            assertThat(file.content()).as("%s (update with -Dsurveygen.updateGolden=true)", file.path())
                    .isEqualTo(expected);
        }
    }

    private static void update(List<GeneratedFile> files) throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> walk = Files.walk(GOLDEN)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (GeneratedFile file : files) {
            Path target = GOLDEN.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        }
    }
}
