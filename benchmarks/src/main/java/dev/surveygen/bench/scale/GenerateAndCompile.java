package dev.surveygen.bench.scale;

import dev.surveygen.bench.generation.SyntheticSurvey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A synthetic survey from the command line to compiled classes, each step a fresh JVM with the
 * default settings (no -Xmx), as a developer's build runs it: {@code surveygen generate}, then
 * {@code javac} on everything generated. Prints wall time and peak resident memory of each step
 * (from GNU time) and the size of the output. Exit status 1 when a step fails.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.surveygen.bench.scale.GenerateAndCompile
 * [--jar generator/target/surveygen.jar] [--variant plain|chained] SIZES…} (default 50000).
 */
public final class GenerateAndCompile {

    private static final Pattern PEAK = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private GenerateAndCompile() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("generator/target/surveygen.jar");
        String variant = "plain";
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--variant" -> variant = args[++i];
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(50_000);
        }
        boolean ok = true;
        for (int size : sizes) {
            Path work = Files.createTempDirectory("surveygen-scale-" + size);
            Path yaml = work.resolve("synthetic-" + size + ".yaml");
            Files.writeString(yaml, SyntheticSurvey.of(variant, size), StandardCharsets.UTF_8);
            Path out = work.resolve("out");
            Step generate = run(work, List.of("java", "-jar", jar.toAbsolutePath().toString(), "generate", yaml.toString(),
                    "--out", out.toString(), "--package", "scale", "--max-size", "2147483631"));
            System.out.printf(Locale.ROOT, "%,7d %-7s generate: %s; %,d characters of YAML%n", size, variant, generate,
                    Files.size(yaml));
            if (!generate.ok()) {
                ok = false;
                continue;
            }
            List<String> sources;
            long bytes = 0;
            try (Stream<Path> files = Files.walk(out.resolve("java"))) {
                sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
            }
            for (String source : sources) {
                bytes += Files.size(Path.of(source));
            }
            Path list = work.resolve("sources.txt");
            Files.write(list, sources, StandardCharsets.UTF_8);
            Path classes = Files.createDirectories(work.resolve("classes"));
            Step compile = run(work, List.of("javac", "-encoding", "UTF-8", "--release", "17", "-d", classes.toString(),
                    "@" + list));
            System.out.printf(Locale.ROOT, "%,7d %-7s javac:    %s; %,d files, %,d bytes of Java%n", size, variant, compile,
                    sources.size(), bytes);
            ok &= compile.ok();
        }
        System.exit(ok ? 0 : 1);
    }

    private record Step(boolean ok, double seconds, long peakKiB, String error) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s in %.1f s, peak RSS %,d MiB%s", ok ? "ok" : "FAILED", seconds,
                    peakKiB / 1024, ok ? "" : " — " + error);
        }
    }

    private static Step run(Path work, List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        timed.addAll(command);
        Path log = work.resolve("step.log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Matcher peak = PEAK.matcher(text);
        long kib = peak.find() ? Long.parseLong(peak.group(1)) : -1;
        String firstLine = text.lines().findFirst().orElse("");
        return new Step(exit == 0, seconds, kib, firstLine);
    }
}
