package dev.surveygen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summarises JMH JSON results ({@code -rf json}) the way docs/performance.md quotes them: for each
 * benchmark and parameter set, the median over forks of each fork's mean score, the same for the
 * bytes allocated per operation ({@code -prof gc}), and the speed relative to a baseline benchmark
 * of the same class and parameters in the same run ({@code > 1} is faster than the baseline, for
 * throughput and for time modes alike). A markdown table on standard output.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.surveygen.bench.Summary RESULT.json [BASELINE]}
 * (baseline: a method name such as {@code handWritten}; default: none).
 */
public final class Summary {

    private Summary() {}

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        String baseline = args.length > 1 ? args[1] : null;
        Map<String, Row> rows = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText();
            String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String params = params(result.get("params"));
            JsonNode primary = result.get("primaryMetric");
            JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            Row row = new Row(className, method, params, result.get("mode").asText(), primary.get("scoreUnit").asText(),
                    medianOfForkMeans(primary.get("rawData")), primary.get("rawData").size(),
                    alloc.isMissingNode() ? Double.NaN : medianOfForkMeans(alloc.get("rawData")));
            rows.put(className + "#" + method + "#" + params, row);
        }
        System.out.println("| benchmark | params | median | unit | forks | B/op |" + (baseline == null ? "" : " vs " + baseline + " |"));
        System.out.println("|---|---|---:|---|---:|---:|" + (baseline == null ? "" : "---:|"));
        for (Row row : rows.values()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s.%s | %s | %s | %s | %d | %s |",
                    simple(row.className), row.method, row.params, number(row.median), row.unit, row.forks,
                    Double.isNaN(row.bytes) ? "" : String.format(Locale.ROOT, "%.0f", row.bytes)));
            if (baseline != null) {
                Row base = rows.get(row.className + "#" + baseline + "#" + row.params);
                line.append(base == null ? " |" : String.format(Locale.ROOT, " %.2f× |", row.mode.equals("thrpt")
                        ? row.median / base.median : base.median / row.median));
            }
            System.out.println(line);
        }
    }

    private record Row(String className, String method, String params, String mode, String unit, double median,
            int forks, double bytes) {}

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : value >= 1
                ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String params(JsonNode params) {
        if (params == null || params.isMissingNode()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        params.fields().forEachRemaining(e -> out.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(" ", out);
    }

    /** rawData is one array of iteration scores per fork. */
    static double medianOfForkMeans(JsonNode rawData) {
        List<Double> means = new ArrayList<>();
        for (JsonNode fork : rawData) {
            double sum = 0;
            for (JsonNode iteration : fork) {
                sum += iteration.asDouble();
            }
            means.add(sum / fork.size());
        }
        return median(means);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
