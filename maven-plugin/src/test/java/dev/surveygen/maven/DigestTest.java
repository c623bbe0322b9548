package dev.surveygen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The up-to-date key covers every input, and the digest file records outputs faithfully. */
class DigestTest {

    @TempDir
    Path dir;

    private String digest(GenerationConfig config, List<Path> definitions) throws IOException {
        return Digests.sha256(InputDigest.text(List.of("p:1"), config, dir.resolve("java"), dir.resolve("res"),
                dir.resolve("src"), definitions));
    }

    @Test
    void everyInputChangesTheDigest() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path a = Files.writeString(src.resolve("a.yaml"), "a");
        Files.writeString(templates.resolve("surveygen-form.css"), "x");
        GenerationConfig config = GenerationConfig.defaults();
        GenerationConfig withTemplates = new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.of(templates),
                LoaderLimits.DEFAULT);

        String base = digest(withTemplates, List.of(a));
        assertThat(digest(withTemplates, List.of(a))).as("stable").isEqualTo(base);
        assertThat(digest(config, List.of(a))).as("template directory").isNotEqualTo(base);
        assertThat(digest(withTemplates.withLocale(Optional.of("en")), List.of(a))).as("locale").isNotEqualTo(base);
        assertThat(digest(new GenerationConfig(JavaGeneratorOptions.defaults().withPackage("x.y"), Optional.of(templates),
                LoaderLimits.DEFAULT), List.of(a))).as("package").isNotEqualTo(base);
        Files.writeString(templates.resolve("surveygen-form.css"), "y");
        String afterTemplate = digest(withTemplates, List.of(a));
        assertThat(afterTemplate).as("template content").isNotEqualTo(base);
        Files.writeString(a, "b");
        assertThat(digest(withTemplates, List.of(a))).as("definition content").isNotEqualTo(afterTemplate);
        assertThat(Digests.sha256(InputDigest.text(List.of("p:2"), withTemplates, dir.resolve("java"),
                dir.resolve("res"), src, List.of(a)))).as("plugin").isNotEqualTo(digest(withTemplates, List.of(a)));
    }

    @Test
    void theCatalogueFilesAreInputsToo() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path a = Files.writeString(src.resolve("a.yaml"), "a");
        GenerationConfig config = GenerationConfig.defaults();
        String none = digest(config, List.of(a));
        // The default catalogue directory: catalogues/ beside the definition.
        Path catalogues = Files.createDirectories(src.resolve("catalogues"));
        Files.writeString(catalogues.resolve("catalogue_de.properties"), "form.submit=Absenden\n");
        String withFile = digest(config, List.of(a));
        assertThat(withFile).as("a catalogue beside the definition").isNotEqualTo(none);
        Files.writeString(catalogues.resolve("catalogue_de.properties"), "form.submit=Senden\n");
        String changed = digest(config, List.of(a));
        assertThat(changed).as("its content").isNotEqualTo(withFile);
        assertThat(digest(config, List.of(a))).as("stable").isEqualTo(changed);
        // A configured directory instead.
        Path other = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(other.resolve("catalogue_de.properties"), "form.submit=Senden\n");
        GenerationConfig configured = config.withCatalogueDirectory(Optional.of(other));
        String fromOther = digest(configured, List.of(a));
        assertThat(fromOther).isNotEqualTo(changed);
        Files.writeString(other.resolve("catalogue_de.properties"), "form.submit=Los\n");
        assertThat(digest(configured, List.of(a))).isNotEqualTo(fromOther);
    }

    @Test
    void theDigestFileRoundTripsAndNoticesChangedOutputs() throws IOException {
        Path java = Files.createDirectories(dir.resolve("java/p"));
        Files.writeString(java.resolve("A.java"), "class A {}");
        DigestFile file = new DigestFile("abc", List.of(DigestFile.Output.of("java", dir.resolve("java"), "p/A.java",
                Digests.sha256("class A {}"))));
        Path stored = dir.resolve("surveygen/default.digest");
        file.write(stored);

        DigestFile read = DigestFile.read(stored).orElseThrow();
        assertThat(read).isEqualTo(file);
        assertThat(Files.readString(stored)).startsWith("digest abc\njava p/A.java ");
        assertThat(read.firstChangedOutput(dir.resolve("java"), dir.resolve("res"))).isEmpty();

        FileTime written = Files.getLastModifiedTime(java.resolve("A.java"));
        Files.setLastModifiedTime(java.resolve("A.java"), FileTime.fromMillis(written.toMillis() + 5_000));
        assertThat(read.firstChangedOutput(dir.resolve("java"), dir.resolve("res")))
                .as("only touched: the content is hashed and found intact").isEmpty();

        Files.writeString(java.resolve("A.java"), "class B {}");
        Files.setLastModifiedTime(java.resolve("A.java"), FileTime.fromMillis(written.toMillis() + 9_000));
        assertThat(read.firstChangedOutput(dir.resolve("java"), dir.resolve("res")))
                .as("same size, new time, other content").isPresent();
        Files.writeString(java.resolve("A.java"), "class A { }");
        Files.setLastModifiedTime(java.resolve("A.java"), written);
        assertThat(read.firstChangedOutput(dir.resolve("java"), dir.resolve("res")))
                .as("other size, recorded time").isPresent();
        Files.delete(java.resolve("A.java"));
        assertThat(read.firstChangedOutput(dir.resolve("java"), dir.resolve("res"))).isPresent();
        assertThat(DigestFile.read(dir.resolve("missing"))).isEmpty();
        Files.writeString(stored, "garbage\n");
        assertThat(DigestFile.read(stored)).isEmpty();
    }

    @Test
    void anInputIsHashedOnceWhileItStaysAsItIsAndAgainWhenItChanges() throws IOException {
        Path a = Files.writeString(dir.resolve("old.yaml"), "abc");
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(a, old);
        assertThat(Digests.inputSha256(a)).isEqualTo(Digests.sha256("abc"));

        Files.writeString(a, "abcd");
        Files.setLastModifiedTime(a, old);
        assertThat(Digests.inputSha256(a)).as("other size, same time").isEqualTo(Digests.sha256("abcd"));
        Files.writeString(a, "xyzw");
        Files.setLastModifiedTime(a, FileTime.fromMillis(old.toMillis() + 1_000));
        assertThat(Digests.inputSha256(a)).as("same size, other time").isEqualTo(Digests.sha256("xyzw"));

        // Written just now: a second change within the clock's resolution keeps size and time, so a
        // file this young is never remembered (git's racy entries).
        Path young = Files.writeString(dir.resolve("young.yaml"), "one");
        FileTime now = Files.getLastModifiedTime(young);
        assertThat(Digests.inputSha256(young)).isEqualTo(Digests.sha256("one"));
        Files.writeString(young, "two");
        Files.setLastModifiedTime(young, now);
        assertThat(Digests.inputSha256(young)).isEqualTo(Digests.sha256("two"));
    }

    @Test
    void definitionsAreFoundSortedWithIncludesAndExcludes() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/sub"));
        Files.writeString(dir.resolve("src/b.yaml"), "");
        Files.writeString(dir.resolve("src/a.yml"), "");
        Files.writeString(src.resolve("c.yaml"), "");
        Files.writeString(dir.resolve("src/notes.txt"), "");

        assertThat(DefinitionScanner.scan(dir.resolve("src"), null, null)).containsExactly(
                dir.resolve("src/a.yml"), dir.resolve("src/b.yaml"), dir.resolve("src/sub/c.yaml"));
        assertThat(DefinitionScanner.scan(dir.resolve("src"), List.of("*.yaml"), List.of())).containsExactly(
                dir.resolve("src/b.yaml"));
        assertThat(DefinitionScanner.scan(dir.resolve("src"), null, List.of("sub/**"))).containsExactly(
                dir.resolve("src/a.yml"), dir.resolve("src/b.yaml"));
        assertThat(DefinitionScanner.scan(dir.resolve("nothing"), null, null)).isEmpty();
    }
}
