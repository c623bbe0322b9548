package dev.surveygen.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The pipeline is visible in the packages of the generator: each package has one concern, stated
 * in its {@code package-info.java}, and uses only packages of earlier stages. A package that is
 * added must be placed in {@link #LAYERS}; a dependency that points back up the pipeline, or a
 * cycle, fails this test with the file that made it.
 */
class PackageStructureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/surveygen");

    /**
     * The pipeline, from its leaves to its front end (docs/architecture.md shows it). A package may
     * use the packages of earlier layers only; packages of one layer do not use each other.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("diagnostics", "numbers", "json", "regex", "output", "messages"),
            List.of("condition"),
            List.of("model"),
            List.of("semantics"),
            List.of("naming"),
            // The one serialisation of the resolved survey (model JSON, rules JSON), read by the emitters and the CLI.
            List.of("rules"),
            // The loader and the emitters are one layer: none of them sees another, so the emitters
            // read the model (and what earlier layers derive from it), never the loader's internals.
            List.of("load", "javagen", "formgen"),
            List.of("build"),
            List.of("cli"));

    @Test
    void everyDependencyPointsDownThePipelineAndThereAreNoCycles() {
        PackageDependencies dependencies = PackageDependencies.read(MAIN, "dev.surveygen");
        assertThat(dependencies.packages()).hasSize(LAYERS.stream().mapToInt(List::size).sum());
        assertThat(dependencies.violations(LAYERS)).isEmpty();
    }

    @Test
    void emittersDoNotSeeTheLoader() {
        Map<String, Map<String, String>> uses = PackageDependencies.read(MAIN, "dev.surveygen").uses();
        assertThat(uses.get("javagen")).doesNotContainKey("load");
        assertThat(uses.get("formgen")).doesNotContainKey("load");
    }

    @Test
    void everyPackageStatesItsConcern() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String pkg : PackageDependencies.read(MAIN, "dev.surveygen").packages()) {
            Path info = MAIN.resolve(pkg).resolve("package-info.java");
            if (!Files.isRegularFile(info) || !Files.readString(info, StandardCharsets.UTF_8).matches("(?s)/\\*\\*\\s*\\*\\s*\\S.*\\*/\\s*package dev\\.surveygen\\." + pkg + ";\\s*")) {
                missing.add(pkg);
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The checker itself, on small dependency maps: it must be able to fail. */
    @Nested
    class Checker {

        private final List<List<String>> layers = List.of(List.of("a"), List.of("b", "c"), List.of("d"));

        @Test
        void aLayeredMapPasses() {
            assertThat(deps(Map.of("b", Map.of("a", "B.java uses a.A"), "d", Map.of("b", "D.java uses b.B",
                    "c", "D.java uses c.C"))).violations(layers)).isEmpty();
        }

        @Test
        void aCycleFails() {
            PackageDependencies cyclic = deps(Map.of("a", Map.of("d", "A.java uses d.D"),
                    "d", Map.of("b", "D.java uses b.B"), "b", Map.of("a", "B.java uses a.A")));
            assertThat(cyclic.violations(layers)).containsExactly(
                    "package 'a' must not depend on 'd' (a later layer): A.java uses d.D",
                    "cycle: a -> d -> b -> a");
        }

        @Test
        void aCycleIsFoundEvenWithoutLayers() {
            assertThat(deps(Map.of("x", Map.of("y", "X.java uses y.Y"), "y", Map.of("x", "Y.java uses x.X"))).cycles())
                    .containsExactly(List.of("x", "y", "x"));
        }

        @Test
        void packagesOfOneLayerDoNotUseEachOther() {
            assertThat(deps(Map.of("b", Map.of("c", "B.java uses c.C"))).violations(layers))
                    .containsExactly("package 'b' must not depend on 'c' (the same layer): B.java uses c.C");
        }

        @Test
        void aPackageOutsideTheLayersFails() {
            assertThat(deps(Map.of("e", Map.of("a", "E.java uses a.A"))).violations(layers))
                    .containsExactly("package 'e' is in no layer: place it in the pipeline");
        }

        @Test
        void commentsAndLiteralsAreNotDependencies() {
            String code = PackageDependencies.codeOnly("""
                    import p.a.A; // see p.b.B
                    /** {@link p.c.C} */
                    class X { String s = "p.d.D"; String t = \"""
                        p.e.E \\\""" p.f.F
                        \"""; char c = '"'; p.g.G g; }
                    """);
            assertThat(code).contains("p.a.A").contains("p.g.G")
                    .doesNotContain("p.b.B").doesNotContain("p.c.C").doesNotContain("p.d.D")
                    .doesNotContain("p.e.E").doesNotContain("p.f.F");
        }

        private PackageDependencies deps(Map<String, Map<String, String>> uses) {
            return new PackageDependencies(uses);
        }
    }
}
