package dev.surveygen.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependencies between the packages of a source tree, read from the sources: every
 * {@code import} and every fully qualified name {@code ROOT.pkg.Type} in code (comments, string
 * and character literals and text blocks are left out, so prose that names a package is not a
 * dependency). And the checker of a layering: a package may depend only on packages of earlier
 * layers, and no package may be part of a cycle.
 */
final class PackageDependencies {

    /** From package to the packages it uses, each with one piece of evidence ("File.java uses Type"). */
    private final Map<String, Map<String, String>> uses;

    PackageDependencies(Map<String, Map<String, String>> uses) {
        this.uses = new TreeMap<>();
        uses.forEach((from, to) -> this.uses.put(from, new TreeMap<>(to)));
    }

    /**
     * Reads the direct subpackages of {@code rootDirectory} (the directory of package
     * {@code rootPackage}); dependencies on packages that are not among them (other modules,
     * libraries) are left out.
     */
    static PackageDependencies read(Path rootDirectory, String rootPackage) {
        Map<String, Map<String, String>> uses = new TreeMap<>();
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(rootPackage) + "\\.([a-z][a-z0-9_]*)\\.([A-Za-z_$][\\w$]*|\\*)");
        try (Stream<Path> packages = Files.list(rootDirectory)) {
            for (Path dir : packages.filter(Files::isDirectory).sorted().toList()) {
                uses.put(dir.getFileName().toString(), new TreeMap<>());
            }
            for (String pkg : uses.keySet()) {
                try (Stream<Path> files = Files.list(rootDirectory.resolve(pkg))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                        String code = codeOnly(Files.readString(file, StandardCharsets.UTF_8));
                        Matcher m = reference.matcher(code);
                        while (m.find()) {
                            String target = m.group(1);
                            if (!target.equals(pkg) && uses.containsKey(target)) {
                                uses.get(pkg).putIfAbsent(target, file.getFileName() + " uses " + target + "." + m.group(2));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageDependencies(uses);
    }

    Set<String> packages() {
        Set<String> all = new TreeSet<>(uses.keySet());
        uses.values().forEach(to -> all.addAll(to.keySet()));
        return all;
    }

    Map<String, Map<String, String>> uses() {
        return uses;
    }

    /**
     * Every way the dependencies break the layering, one message each (empty when none): a package
     * in no layer or in two, a dependency on a package of the same or a later layer, and every
     * cycle (found once, starting from its first package in name order).
     */
    List<String> violations(List<List<String>> layers) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> layerOf = new TreeMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String pkg : layers.get(i)) {
                if (layerOf.putIfAbsent(pkg, i) != null) {
                    problems.add("package '" + pkg + "' is in more than one layer");
                }
            }
        }
        for (String pkg : packages()) {
            if (!layerOf.containsKey(pkg)) {
                problems.add("package '" + pkg + "' is in no layer: place it in the pipeline");
            }
        }
        uses.forEach((from, targets) -> targets.forEach((to, evidence) -> {
            Integer fromLayer = layerOf.get(from);
            Integer toLayer = layerOf.get(to);
            if (fromLayer != null && toLayer != null && toLayer >= fromLayer) {
                problems.add("package '" + from + "' must not depend on '" + to + "' ("
                        + (toLayer.equals(fromLayer) ? "the same layer" : "a later layer") + "): " + evidence);
            }
        }));
        for (List<String> cycle : cycles()) {
            problems.add("cycle: " + String.join(" -> ", cycle));
        }
        return problems;
    }

    /** The elementary cycles through each package, each reported once from its least package. */
    List<List<String>> cycles() {
        Set<List<String>> found = new LinkedHashSet<>();
        for (String start : uses.keySet()) {
            walk(start, start, new ArrayList<>(List.of(start)), found);
        }
        return new ArrayList<>(found);
    }

    private void walk(String start, String at, List<String> path, Set<List<String>> found) {
        for (String next : uses.getOrDefault(at, Map.of()).keySet()) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                found.add(cycle);
            } else if (next.compareTo(start) > 0 && !path.contains(next)) {
                path.add(next);
                walk(start, next, path, found);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Java source with comments, string and character literals and text blocks blanked out. */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && escaped(source, end)) {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean escaped(String source, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && source.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
