package dev.surveygen.naming;

import dev.surveygen.condition.Ref;
import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.model.Question;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.EnablementGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many condition evaluations the generated code spends on deciding whether one question is
 * enabled. Its enablement method evaluates the question's section condition and its own, and
 * every reference in them calls the enablement method of the question referred to: one question
 * costs 1 plus, for each reference (each one, so {@code ${A} = yes or ${A} = no} counts A twice),
 * the cost of the question referred to. That is tiny for real surveys (MHLW: at most 3) but grows
 * with repeated references and exponentially with conditions that each read several earlier
 * chained questions; such a survey is refused with the question named, rather than given slow
 * code. The limit also bounds the size of any one condition (at most {@value #LIMIT} references).
 */
public final class EnablementCost {

    /** The most evaluations one question's enablement may take. */
    public static final long LIMIT = 10_000;

    private EnablementCost() {}

    /** Reports the first question over the limit, in evaluation order; for a survey without cycles. */
    public static void check(Survey survey, Diagnostics diagnostics) {
        check(new EnablementGraph(survey), diagnostics);
    }

    /** As {@link #check(Survey, Diagnostics)}, with the survey's graph already built. */
    public static void check(EnablementGraph graph, Diagnostics diagnostics) {
        Map<String, Long> cost = new HashMap<>();
        for (Question q : graph.evaluationOrder()) {
            long total = 1;
            for (Ref ref : references(q, graph.sectionOf(q.id()))) {
                total = Math.min(Long.MAX_VALUE / 4, total + cost.getOrDefault(ref.questionId(), 0L));
            }
            cost.put(q.id(), total);
            if (total > LIMIT) {
                diagnostics.error(q.position(), "whether '" + q.id() + "' is enabled takes " + total
                        + " condition evaluations through its conditions, counting each reference to a question"
                        + " (limit " + LIMIT + "); make the chain shorter or refer to chained questions fewer times");
                return;
            }
        }
    }

    private static List<Ref> references(Question q, Section section) {
        List<Ref> refs = new java.util.ArrayList<>();
        section.condition().ifPresent(c -> refs.addAll(c.expr().references()));
        q.condition().ifPresent(c -> refs.addAll(c.expr().references()));
        return refs;
    }
}
