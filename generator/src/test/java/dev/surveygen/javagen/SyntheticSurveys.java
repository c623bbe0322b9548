package dev.surveygen.javagen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic survey definitions of any size, deterministically from a seed, using every
 * feature of the language: all question types and constraints, shared and inline choice lists
 * (codes starting with digits), exclusive and other choices with their optional text, section
 * and question conditions with every operator, chains up to three deep, ids that are Java
 * keywords or method names, and ja and en texts.
 */
final class SyntheticSurveys {

    private static final String[] TYPES = {"yes-no", "text", "long-text", "single-choice", "multiple-choice", "integer",
        "decimal", "date", "yes-no", "single-choice", "integer", "note"};
    private static final String[] SPECIAL_IDS = {"class", "record", "toString", "values", "var", "hashCode"};

    private SyntheticSurveys() {}

    /** A survey of {@code questions} questions (other-texts included), in sections of 25. */
    static String yaml(int questions, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        out.append("surveygen: 1\nid: synthetic-").append(seed).append("\ntitle: {ja: 合成調査, en: Synthetic}\n")
                .append("locales: [ja, en]\n")
                .append("choice-lists:\n")
                .append("  levels:\n")
                .append("    - {code: \"1\", label: {ja: 低, en: Low}}\n")
                .append("    - {code: 2-or-more, label: {ja: 中以上, en: Medium or more}}\n")
                .append("    - {code: none, label: {ja: なし, en: None}, exclusive: true}\n")
                .append("    - {code: other, label: {ja: その他, en: Other}, other: true}\n")
                .append("sections:\n");
        List<Candidate> candidates = new ArrayList<>();
        int written = 0;
        int section = 0;
        while (written < questions) {
            section++;
            out.append("  - id: s").append(section).append("\n    title: {ja: 区分").append(section)
                    .append(", en: Section ").append(section).append("}\n");
            if (section > 1 && random.nextInt(6) == 0) {
                Candidate root = pick(candidates, random, 0);
                if (root != null) {
                    out.append("    when: ").append(root.condition(random)).append('\n');
                }
            }
            out.append("    questions:\n");
            for (int n = 1; n <= 25 && written < questions; n++) {
                String id = section == 1 && n <= SPECIAL_IDS.length ? SPECIAL_IDS[n - 1] : "Q" + section + "-" + n;
                String type = TYPES[random.nextInt(TYPES.length)];
                out.append("      - id: ").append(id).append("\n        type: ").append(type)
                        .append("\n        label: {ja: 質問").append(id).append(", en: Question ").append(id).append("}\n");
                int depth = 0;
                if (random.nextInt(3) == 0) {
                    Candidate target = pick(candidates, random, 2);
                    if (target != null) {
                        out.append("        when: ").append(target.condition(random)).append('\n');
                        depth = target.depth + 1;
                    }
                }
                if (!type.equals("note") && random.nextInt(4) == 0) {
                    out.append("        required: false\n");
                }
                boolean hasOther = false;
                switch (type) {
                    case "text", "long-text" -> {
                        if (random.nextBoolean()) {
                            out.append("        max-length: ").append(5 + random.nextInt(30)).append('\n');
                        }
                        if (random.nextInt(4) == 0) {
                            out.append("        min-length: 2\n");
                        }
                        if (random.nextInt(6) == 0) {
                            out.append("        pattern: '[0-9]{3}-[0-9]{4}'\n");
                        }
                    }
                    case "single-choice" -> out.append(random.nextBoolean() ? "        choices: levels\n"
                            : "        choices:\n          - {code: \"1\", label: {ja: 一, en: One}}\n"
                                    + "          - {code: b, label: {ja: 二, en: Two}}\n");
                    case "multiple-choice" -> {
                        out.append("        choices: levels\n");
                        if (random.nextBoolean()) {
                            out.append("        min-selections: 1\n        max-selections: 2\n");
                        }
                        hasOther = true;
                    }
                    case "integer" -> {
                        if (random.nextBoolean()) {
                            out.append("        min: ").append(random.nextInt(5) - 2).append("\n        max: ")
                                    .append(10 + random.nextInt(100)).append('\n');
                        }
                    }
                    case "decimal" -> {
                        if (random.nextBoolean()) {
                            out.append("        min: \"-1.5\"\n        max: \"250.75\"\n");
                        }
                    }
                    case "date" -> {
                        if (random.nextBoolean()) {
                            out.append("        min: 2024-01-01\n        max: 2025-03-31\n");
                        }
                    }
                    default -> { }
                }
                written++;
                if (hasOther && written < questions) {
                    out.append("      - id: ").append(id).append("-other\n        type: text\n")
                            .append("        label: {ja: その他, en: Other}\n        other-for: ").append(id)
                            .append("\n        required: false\n");
                    written++;
                    n++;
                }
                if (!type.equals("note") && depth < 3) {
                    candidates.add(new Candidate(id, type, depth));
                }
            }
        }
        return out.toString();
    }

    /** A recent question to depend on, at most {@code maxDepth} deep, so chains stay short. */
    private static Candidate pick(List<Candidate> candidates, Random random, int maxDepth) {
        for (int tries = 0; tries < 5 && !candidates.isEmpty(); tries++) {
            int from = Math.max(0, candidates.size() - 40);
            Candidate c = candidates.get(from + random.nextInt(candidates.size() - from));
            if (c.depth <= maxDepth) {
                return c;
            }
        }
        return null;
    }

    private record Candidate(String id, String type, int depth) {
        String condition(Random random) {
            String ref = "${" + id + "}";
            String atom = switch (type) {
                case "yes-no" -> ref + (random.nextBoolean() ? " = yes" : " != no");
                case "single-choice" -> ref + (random.nextBoolean() ? " = '1'" : " != '1'");
                case "multiple-choice" -> ref + " contains '" + (random.nextBoolean() ? "1" : "2-or-more") + "'";
                case "integer" -> ref + (random.nextBoolean() ? " >= 5" : " < 7.5");
                case "decimal" -> ref + (random.nextBoolean() ? " > 1.25" : " <= 100");
                case "date" -> ref + (random.nextBoolean() ? " >= '2024-06-01'" : " < '2025-01-01'");
                default -> ref + (random.nextBoolean() ? " is not empty" : " = 'Taro'");
            };
            return random.nextInt(5) == 0 ? "not (" + atom + ")" : random.nextInt(5) == 0 ? atom + " or " + ref
                    + " is empty" : atom;
        }
    }
}
