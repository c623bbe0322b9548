package dev.surveygen.load;

import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.condition.Ref;
import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.Choice;
import dev.surveygen.model.Question;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.semantics.AnswerValue;
import dev.surveygen.semantics.ConditionEvaluator;
import dev.surveygen.semantics.EnablementGraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds questions that no response can ever enable (e.g. {@code ${Q1} = yes and ${Q1} = no},
 * or a condition on a question that is itself never enabled). For each question it tries every
 * combination of representative values of the questions its condition reads, using the
 * reference {@link ConditionEvaluator}; the values are chosen around the constants the condition
 * compares with, so one of them satisfies each comparison that can be satisfied. Questions are
 * treated as independent, so the check never warns wrongly; with more than {@value #MAX_WORLDS}
 * combinations, or more than {@value #MAX_MENTIONED_CODES} codes of one multiple-choice question,
 * it gives up and assumes the question can be enabled. Its work is bounded by the size of the
 * definition: the literals of a condition are gathered in one pass, and once
 * {@value #MAX_COMPARISONS} comparisons have been evaluated for the whole survey it assumes the
 * rest can be enabled (a condition of thousands of comparisons, shared by a section's questions,
 * took minutes).
 */
final class ReachabilityCheck {

    static final int MAX_WORLDS = 4096;

    /** The most comparisons evaluated for a whole survey. */
    static final long MAX_COMPARISONS = 20_000_000;

    private long comparisonsLeft = MAX_COMPARISONS;

    /** Every subset of the codes a condition names is tried: 2^10 sets at most. */
    static final int MAX_MENTIONED_CODES = 10;

    private final Survey survey;
    private final Diagnostics diagnostics;
    private final Map<String, Boolean> canBeEnabled = new HashMap<>();

    ReachabilityCheck(Survey survey, Diagnostics diagnostics) {
        this.survey = survey;
        this.diagnostics = diagnostics;
    }

    void warnNeverEnabled(EnablementGraph graph) {
        for (Question question : graph.evaluationOrder()) {
            Section section = survey.sectionOf(question);
            List<Expr> parts = new ArrayList<>();
            section.condition().ifPresent(c -> parts.add(c.expr()));
            question.condition().ifPresent(c -> parts.add(c.expr()));
            boolean possible = parts.isEmpty() || satisfiable(parts.size() == 1 ? parts.get(0) : new Expr.And(parts));
            canBeEnabled.put(question.id(), possible);
        }
        for (Question question : survey.questions()) {
            if (!canBeEnabled.getOrDefault(question.id(), true)) {
                diagnostics.warning(question.position(), (question.required() ? "required " : "") + "question '"
                        + question.id() + "' can never be enabled: no answers make its condition hold");
            }
        }
    }

    private boolean satisfiable(Expr expr) {
        List<Ref> references = expr.references();
        Map<String, List<Literal>> literals = new LinkedHashMap<>();
        collect(expr, literals);
        Map<String, List<AnswerValue>> domains = new LinkedHashMap<>();
        for (Ref ref : references) {
            if (!domains.containsKey(ref.questionId())) {
                List<AnswerValue> domain = domain(survey.question(ref.questionId()).orElseThrow(), literals.getOrDefault(ref.questionId(), List.of()));
                if (domain == null) {
                    return true; // too many values to try: assume it can hold, never warn wrongly
                }
                domains.put(ref.questionId(), domain);
            }
        }
        long worlds = 1;
        for (List<AnswerValue> domain : domains.values()) {
            worlds *= domain.size();
            if (worlds > MAX_WORLDS) {
                return true;
            }
        }
        if (worlds * references.size() > comparisonsLeft) {
            comparisonsLeft = 0;
            return true; // the survey's budget is spent: assume the rest can hold
        }
        comparisonsLeft -= worlds * references.size();
        List<String> ids = new ArrayList<>(domains.keySet());
        int[] choice = new int[ids.size()];
        Map<String, AnswerValue> world = new HashMap<>();
        while (true) {
            for (int i = 0; i < ids.size(); i++) {
                world.put(ids.get(i), domains.get(ids.get(i)).get(choice[i]));
            }
            if (ConditionEvaluator.evaluate(expr, world::get)) {
                return true;
            }
            int i = 0;
            while (i < ids.size() && ++choice[i] == domains.get(ids.get(i)).size()) {
                choice[i++] = 0;
            }
            if (i == ids.size()) {
                return false;
            }
        }
    }

    /**
     * Unanswered (null) plus, when the question can be enabled, values around the constants; null
     * when there are too many to try (a multiple choice with more than {@value #MAX_MENTIONED_CODES}
     * codes named in the condition).
     */
    private List<AnswerValue> domain(Question question, List<Literal> literals) {
        List<AnswerValue> values = new ArrayList<>();
        values.add(null);
        if (!canBeEnabled.getOrDefault(question.id(), true)) {
            return values;
        }
        boolean tooMany = question.answer().accept(new AnswerSpec.Visitor<Boolean>() {
            @Override
            public Boolean visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                values.add(new AnswerValue.YesNo(true));
                values.add(new AnswerValue.YesNo(false));
                return false;
            }

            @Override
            public Boolean visitChoice(AnswerSpec.ChoiceSpec choice) {
                return choice.multiple() ? selections() : single(choice);
            }

            private Boolean single(AnswerSpec.ChoiceSpec choice) {
                Set<String> codes = new LinkedHashSet<>();
                literals.forEach(l -> l.string().ifPresent(codes::add));
                choice.choices().choices().stream().map(Choice::code).filter(c -> !codes.contains(c)).findFirst()
                        .ifPresent(codes::add);
                codes.forEach(code -> values.add(new AnswerValue.Code(code)));
                return false;
            }

            private Boolean selections() {
                List<String> mentioned = new ArrayList<>(new LinkedHashSet<>(literals.stream()
                        .flatMap(l -> l.string().stream()).toList()));
                if (mentioned.size() > MAX_MENTIONED_CODES) {
                    return true;
                }
                for (int mask = 1; mask < (1 << mentioned.size()); mask++) {
                    Set<String> set = new TreeSet<>();
                    for (int b = 0; b < mentioned.size(); b++) {
                        if ((mask & (1 << b)) != 0) {
                            set.add(mentioned.get(b));
                        }
                    }
                    values.add(new AnswerValue.Codes(set));
                }
                values.add(new AnswerValue.Codes(Set.of("\u0000unmentioned")));
                return false;
            }

            @Override
            public Boolean visitNumber(AnswerSpec.NumberSpec number) {
                TreeSet<BigDecimal> points = new TreeSet<>();
                literals.forEach(l -> l.number().ifPresent(points::add));
                TreeSet<BigDecimal> candidates = new TreeSet<>();
                BigDecimal previous = null;
                for (BigDecimal p : points) {
                    candidates.add(p);
                    candidates.add(p.subtract(BigDecimal.ONE));
                    candidates.add(p.add(BigDecimal.ONE));
                    if (previous != null) {
                        candidates.add(previous.add(p).divide(BigDecimal.valueOf(2)));
                    }
                    previous = p;
                }
                if (candidates.isEmpty()) {
                    candidates.add(BigDecimal.ZERO);
                }
                candidates.forEach(n -> values.add(new AnswerValue.Number(n)));
                return false;
            }

            @Override
            public Boolean visitDate(AnswerSpec.DateSpec date) {
                TreeSet<LocalDate> dates = new TreeSet<>();
                literals.forEach(l -> l.string().ifPresent(text -> {
                    LocalDate d = LocalDate.parse(text);
                    dates.add(d);
                    dates.add(d.minusDays(1));
                    dates.add(d.plusDays(1));
                }));
                if (dates.isEmpty()) {
                    dates.add(LocalDate.of(2000, 1, 1));
                }
                dates.forEach(d -> values.add(new AnswerValue.Date(d)));
                return false;
            }

            @Override
            public Boolean visitText(AnswerSpec.TextSpec text) {
                Set<String> texts = new LinkedHashSet<>();
                literals.forEach(l -> l.string().ifPresent(texts::add));
                texts.add("\u0000other");
                texts.forEach(t -> values.add(new AnswerValue.TextValue(t)));
                return false;
            }

            @Override
            public Boolean visitNote(AnswerSpec.NoteSpec note) {
                return visitText(null); // never referred to (the checker refuses it); treated as text
            }
        });
        if (tooMany) {
            return null;
        }
        return values;
    }

    /** The literals each question is compared with in {@code expr}, in one pass. */
    private static void collect(Expr expr, Map<String, List<Literal>> out) {
        expr.accept(new Expr.Visitor<Void>() {
            @Override
            public Void visitOr(Expr.Or or) {
                or.operands().forEach(e -> e.accept(this));
                return null;
            }

            @Override
            public Void visitAnd(Expr.And and) {
                and.operands().forEach(e -> e.accept(this));
                return null;
            }

            @Override
            public Void visitNot(Expr.Not not) {
                return not.operand().accept(this);
            }

            @Override
            public Void visitCompare(Expr.Compare c) {
                out.computeIfAbsent(c.ref().questionId(), k -> new ArrayList<>()).add(c.literal());
                return null;
            }

            @Override
            public Void visitContains(Expr.Contains c) {
                out.computeIfAbsent(c.ref().questionId(), k -> new ArrayList<>()).add(c.literal());
                return null;
            }

            @Override
            public Void visitIsEmpty(Expr.IsEmpty isEmpty) {
                return null;
            }
        });
    }
}
