package dev.surveygen.bench.generation;

/**
 * The synthetic surveys of the scaling benchmarks (issue 10): questions in sections of 25, a
 * repeating mix of yes/no, text of 1 to 200 characters, integer from 1 to 128, and single choice
 * of three, all required. The chained variant adds conditions: within each section every
 * question after the first is asked only when the one before it is answered as the first one
 * would enable it, so the chains are 25 deep, and every fifth section is asked only when the
 * first question of the section before it is answered. The text is the same for the same size, so
 * every run measures the same input.
 */
public final class SyntheticSurvey {

    /** Questions per section. */
    static final int SECTION_SIZE = 25;

    private SyntheticSurvey() {}

    /** The plain variant: no conditions. */
    public static String plain(int questions) {
        return yaml(questions, false);
    }

    /** The chained variant: each question depends on the one before it in its section. */
    public static String chained(int questions) {
        return yaml(questions, true);
    }

    /** Either variant by name: {@code plain} or {@code chained}. */
    public static String of(String variant, int questions) {
        return switch (variant) {
            case "plain" -> plain(questions);
            case "chained" -> chained(questions);
            default -> throw new IllegalArgumentException("no variant " + variant + " (plain or chained)");
        };
    }

    private static String yaml(int questions, boolean chained) {
        StringBuilder out = new StringBuilder(questions * 64);
        out.append("surveygen: 1\nid: synthetic-").append(questions).append(chained ? "-chained" : "")
                .append("\ntitle: 合成調査 ").append(questions).append("\nlocale: ja\nlocales: [ja]\n")
                .append("defaults:\n  required: true\n")
                .append("choice-lists:\n  three:\n")
                .append("    - {code: a, label: 一}\n    - {code: b, label: 二}\n    - {code: c, label: 三}\n")
                .append("sections:\n");
        for (int i = 1; i <= questions; i++) {
            int section = (i - 1) / SECTION_SIZE + 1;
            boolean first = (i - 1) % SECTION_SIZE == 0;
            if (first) {
                out.append("  - id: s").append(section).append("\n    title: 区分").append(section).append('\n');
                if (chained && section > 1 && section % 5 == 0) {
                    out.append("    when: ").append(enablingCondition(i - SECTION_SIZE)).append('\n');
                }
                out.append("    questions:\n");
            }
            out.append("      - id: q").append(i).append("\n        label: 質問").append(i).append('\n');
            switch (i % 4) {
                case 1 -> out.append("        type: yes-no\n");
                case 2 -> out.append("        type: text\n        min-length: 1\n        max-length: 200\n");
                case 3 -> out.append("        type: integer\n        min: 1\n        max: 128\n");
                default -> out.append("        type: single-choice\n        choices: three\n");
            }
            if (chained && !first) {
                out.append("        when: ").append(enablingCondition(i - 1)).append('\n');
            }
        }
        return out.toString();
    }

    /** A condition on question {@code n} that an answer of the valid response below satisfies. */
    private static String enablingCondition(int n) {
        return switch (n % 4) {
            case 1 -> "${q" + n + "} = yes";
            case 2 -> "${q" + n + "} is not empty";
            case 3 -> "${q" + n + "} >= 1";
            default -> "${q" + n + "} != 'c'";
        };
    }
}
