package dev.surveygen.bench.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A quick look at the generator's stages without JMH: one fork, each stage of
 * {@link GenerationBenchmark} run {@code repeat} times per size, the last time printed with the
 * cost per question. For profiling ({@code -XX:StartFlightRecording}) and for a first check;
 * the figures of record come from {@link GenerationBenchmark}.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.surveygen.bench.generation.StageTimes
 * [--variant plain|chained] [--repeat N] SIZES…}
 */
public final class StageTimes {

    private StageTimes() {}

    public static void main(String[] args) {
        String variant = "plain";
        int repeat = 2;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--variant" -> variant = args[++i];
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(1000, 5000, 10_000));
        }
        System.out.printf(Locale.ROOT, "%8s %-8s %10s %10s %10s %10s   (ms; µs per question)%n", "size", "variant", "read",
                "check", "java", "form");
        for (int size : sizes) {
            GenerationBenchmark stages = new GenerationBenchmark();
            stages.questions = size;
            stages.variant = variant;
            stages.prepare();
            long[] nanos = new long[4];
            for (int r = 0; r < repeat; r++) {
                nanos[0] = time(stages::read);
                nanos[1] = time(stages::check);
                nanos[2] = time(stages::generateJava);
                nanos[3] = time(stages::generateForm);
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%8d %-8s", size, variant));
            for (long n : nanos) {
                line.append(String.format(Locale.ROOT, " %10s", String.format(Locale.ROOT, "%d;%.0f", n / 1_000_000,
                        size == 0 ? 0.0 : n / 1000.0 / size)));
            }
            System.out.println(line);
        }
    }

    private static long time(Runnable stage) {
        long start = System.nanoTime();
        stage.run();
        return System.nanoTime() - start;
    }
}
