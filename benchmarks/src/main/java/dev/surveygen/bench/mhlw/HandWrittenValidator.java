package dev.surveygen.bench.mhlw;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The MHLW rules written by hand in plain Java, as a careful developer would without a generator:
 * the same violations in the same order with the same messages, lengths in code points, one
 * list per call and a new violation object per problem found.
 */
public final class HandWrittenValidator {

    private static final Set<String> IPA_EXAMS = Set.of("it-passport", "sg", "fe", "ap", "sc", "st", "sa", "pm", "nw",
            "db", "es", "sm", "au", "other");
    private static final Set<String> HEADCOUNTS = Set.of("0", "1", "2-4", "5-9", "10-or-more");
    private static final Set<String> ONE_OR_MORE = Set.of("1", "2-or-more");
    private static final Set<String> GENERATIONS = Set.of("1", "2", "3-or-more");

    private HandWrittenValidator() {}

    public static List<Violation> validate(MhlwBean b) {
        List<Violation> out = new ArrayList<>();
        text(out, "Q1-1", b.getQ1_1(), true, true, 100);
        text(out, "Q1-2", b.getQ1_2(), true, true, 200);
        yesNo(out, "Q2-1", b.getQ2_1(), true);
        boolean q2_2 = Boolean.TRUE.equals(b.getQ2_1());
        yesNo(out, "Q2-2", b.getQ2_2(), q2_2);
        boolean q2_3 = q2_2 && Boolean.TRUE.equals(b.getQ2_2());
        Set<String> exams = b.getQ2_3() == null || b.getQ2_3().isEmpty() ? null : b.getQ2_3();
        if (!q2_3) {
            if (exams != null) {
                out.add(new Violation("Q2-3", "not-applicable", MhlwMessages.NOT_APPLICABLE));
            }
        } else if (exams == null) {
            out.add(new Violation("Q2-3", "required", MhlwMessages.REQUIRED_SELECTIONS));
        } else if (!IPA_EXAMS.containsAll(exams)) {
            out.add(new Violation("Q2-3", "choice", MhlwMessages.CHOICE));
        }
        boolean other = q2_3 && exams != null && exams.contains("other");
        text(out, "Q2-3-other", b.getQ2_3_other(), other, false, 200);
        choice(out, "Q3", b.getQ3(), true, HEADCOUNTS);
        yesNo(out, "Q4", b.getQ4(), true);
        yesNo(out, "Q5", b.getQ5(), true);
        yesNo(out, "Q6", b.getQ6(), true);
        yesNo(out, "Q7-1", b.getQ7_1(), true);
        yesNo(out, "Q7-2", b.getQ7_2(), Boolean.TRUE.equals(b.getQ7_1()));
        yesNo(out, "Q8", b.getQ8(), true);
        yesNo(out, "Q9", b.getQ9(), true);
        yesNo(out, "Q10", b.getQ10(), true);
        yesNo(out, "Q11", b.getQ11(), true);
        yesNo(out, "Q12", b.getQ12(), true);
        Integer q13 = b.getQ13();
        if (q13 == null) {
            out.add(new Violation("Q13", "required", MhlwMessages.REQUIRED_TEXT));
        } else if (q13 < 1 || q13 > 64) {
            out.add(new Violation("Q13", "range", MhlwMessages.RANGE_Q13));
        }
        yesNo(out, "Q14", b.getQ14(), true);
        yesNo(out, "Q15", b.getQ15(), true);
        yesNo(out, "Q16", b.getQ16(), true);
        yesNo(out, "Q17-1", b.getQ17_1(), true);
        boolean q17_2 = Boolean.TRUE.equals(b.getQ17_1());
        yesNo(out, "Q17-2", b.getQ17_2(), q17_2);
        boolean backups = q17_2 && Boolean.TRUE.equals(b.getQ17_2());
        choice(out, "Q17-3", b.getQ17_3(), backups, ONE_OR_MORE);
        choice(out, "Q17-4", b.getQ17_4(), backups, ONE_OR_MORE);
        choice(out, "Q17-5", b.getQ17_5(), backups, GENERATIONS);
        yesNo(out, "Q17-6", b.getQ17_6(), backups);
        return out;
    }

    private static void text(List<Violation> out, String id, String value, boolean asked, boolean required, int max) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (!asked) {
            if (v != null) {
                out.add(new Violation(id, "not-applicable", MhlwMessages.NOT_APPLICABLE));
            }
        } else if (v == null) {
            if (required) {
                out.add(new Violation(id, "required", MhlwMessages.REQUIRED_TEXT));
            }
        } else if (v.codePointCount(0, v.length()) > max) {
            out.add(new Violation(id, "length", max == 100 ? MhlwMessages.LENGTH_100 : MhlwMessages.LENGTH_200));
        }
    }

    private static void yesNo(List<Violation> out, String id, Boolean value, boolean asked) {
        if (!asked) {
            if (value != null) {
                out.add(new Violation(id, "not-applicable", MhlwMessages.NOT_APPLICABLE));
            }
        } else if (value == null) {
            out.add(new Violation(id, "required", MhlwMessages.REQUIRED_SELECT));
        }
    }

    private static void choice(List<Violation> out, String id, String value, boolean asked, Set<String> codes) {
        if (!asked) {
            if (value != null) {
                out.add(new Violation(id, "not-applicable", MhlwMessages.NOT_APPLICABLE));
            }
        } else if (value == null) {
            out.add(new Violation(id, "required", MhlwMessages.REQUIRED_SELECT));
        } else if (!codes.contains(value)) {
            out.add(new Violation(id, "choice", MhlwMessages.CHOICE));
        }
    }
}
