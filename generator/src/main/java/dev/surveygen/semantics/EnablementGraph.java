package dev.surveygen.semantics;

import dev.surveygen.condition.Condition;
import dev.surveygen.condition.Ref;
import dev.surveygen.model.Question;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Which questions each question's enablement depends on (through its own condition and its
 * section's), and an order in which every question comes after all it depends on, so that
 * enablement is computed in one pass without recursion. Ties keep definition order, so the order
 * is the same on every run. Built only for surveys whose conditions form no cycle.
 */
public final class EnablementGraph {

    private final Survey survey;
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final List<Question> evaluationOrder;

    public EnablementGraph(Survey survey) {
        this.survey = survey;
        for (Section section : survey.sections()) {
            for (Question question : section.questions()) {
                Set<String> deps = new LinkedHashSet<>();
                section.condition().ifPresent(c -> addRefs(c, deps));
                question.condition().ifPresent(c -> addRefs(c, deps));
                deps.removeIf(id -> !survey.hasQuestion(id));
                dependencies.putIfAbsent(question.id(), deps);
            }
        }
        evaluationOrder = topologicalOrder().orElseThrow(
                () -> new IllegalArgumentException("the conditions of survey " + survey.id() + " form a cycle"));
    }

    private static void addRefs(Condition condition, Set<String> into) {
        for (Ref ref : condition.expr().references()) {
            into.add(ref.questionId());
        }
    }

    /** Questions this question's enablement reads, directly. */
    public Set<String> dependencies(String questionId) {
        return Set.copyOf(dependencies.getOrDefault(questionId, Set.of()));
    }

    /** Every question, each after the questions it depends on. */
    public List<Question> evaluationOrder() {
        return evaluationOrder;
    }

    /** The section of a question (the survey's index). */
    public Section sectionOf(String questionId) {
        return survey.sectionOf(questionId);
    }

    /** Kahn's algorithm with a queue ordered by definition position; empty if there is a cycle. */
    private Optional<List<Question>> topologicalOrder() {
        List<String> ids = new ArrayList<>(dependencies.keySet());
        Map<String, Integer> pending = new LinkedHashMap<>();
        Map<String, List<String>> dependents = new LinkedHashMap<>();
        for (String id : ids) {
            pending.put(id, dependencies.get(id).size());
            for (String dep : dependencies.get(id)) {
                dependents.computeIfAbsent(dep, k -> new ArrayList<>()).add(id);
            }
        }
        PriorityQueue<String> ready = new PriorityQueue<>((a, b) -> Integer.compare(survey.indexOf(a), survey.indexOf(b)));
        pending.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<Question> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(survey.question(id).orElseThrow());
            for (String dependent : dependents.getOrDefault(id, List.of())) {
                if (pending.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        return order.size() == ids.size() ? Optional.of(List.copyOf(order)) : Optional.empty();
    }
}
