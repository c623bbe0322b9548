package dev.surveygen.bench.mhlw;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Form parameters onto {@link MhlwBean} by hand, as a developer would write it for a servlet:
 * trimmed values, blank as unanswered, {@code yes}/{@code no} as booleans, integers parsed with
 * {@link Integer#parseInt} (a value that does not parse is left unanswered, the usual shortcut).
 */
public final class HandWrittenBinder {

    private HandWrittenBinder() {}

    public static MhlwBean fromParameterMap(Map<String, String[]> p) {
        MhlwBean b = new MhlwBean();
        b.setQ1_1(text(p, "Q1-1"));
        b.setQ1_2(text(p, "Q1-2"));
        b.setQ2_1(yesNo(p, "Q2-1"));
        b.setQ2_2(yesNo(p, "Q2-2"));
        b.setQ2_3(codes(p, "Q2-3"));
        b.setQ2_3_other(text(p, "Q2-3-other"));
        b.setQ3(text(p, "Q3"));
        b.setQ4(yesNo(p, "Q4"));
        b.setQ5(yesNo(p, "Q5"));
        b.setQ6(yesNo(p, "Q6"));
        b.setQ7_1(yesNo(p, "Q7-1"));
        b.setQ7_2(yesNo(p, "Q7-2"));
        b.setQ8(yesNo(p, "Q8"));
        b.setQ9(yesNo(p, "Q9"));
        b.setQ10(yesNo(p, "Q10"));
        b.setQ11(yesNo(p, "Q11"));
        b.setQ12(yesNo(p, "Q12"));
        b.setQ13(integer(p, "Q13"));
        b.setQ14(yesNo(p, "Q14"));
        b.setQ15(yesNo(p, "Q15"));
        b.setQ16(yesNo(p, "Q16"));
        b.setQ17_1(yesNo(p, "Q17-1"));
        b.setQ17_2(yesNo(p, "Q17-2"));
        b.setQ17_3(text(p, "Q17-3"));
        b.setQ17_4(text(p, "Q17-4"));
        b.setQ17_5(text(p, "Q17-5"));
        b.setQ17_6(yesNo(p, "Q17-6"));
        return b;
    }

    private static String text(Map<String, String[]> p, String name) {
        String[] values = p.get(name);
        if (values == null || values.length == 0 || values[0] == null) {
            return null;
        }
        String v = values[0].strip();
        return v.isEmpty() ? null : v;
    }

    private static Boolean yesNo(Map<String, String[]> p, String name) {
        String v = text(p, name);
        return v == null ? null : v.equals("yes") ? Boolean.TRUE : v.equals("no") ? Boolean.FALSE : null;
    }

    private static Integer integer(Map<String, String[]> p, String name) {
        String v = text(p, name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<String> codes(Map<String, String[]> p, String name) {
        String[] values = p.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                codes.add(value.strip());
            }
        }
        return codes.isEmpty() ? null : codes;
    }
}
