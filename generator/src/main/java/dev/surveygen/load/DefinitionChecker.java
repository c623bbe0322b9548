package dev.surveygen.load;

import dev.surveygen.condition.Condition;
import dev.surveygen.condition.ConditionParser;
import dev.surveygen.condition.Expr;
import dev.surveygen.condition.Literal;
import dev.surveygen.condition.Ref;
import dev.surveygen.condition.TextPositions;
import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.diagnostics.Suggestions;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Question;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.naming.JavaLimits;
import dev.surveygen.naming.EnablementCost;
import dev.surveygen.naming.JavaNames;
import dev.surveygen.semantics.EnablementGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that need the whole definition: unique ids, {@code other-for} links, references
 * and types in conditions, cycles, what the generated code cannot hold (Java names that clash,
 * the cost of enablement), and the warnings (a condition on a later question, a question that can
 * never be enabled, an unused choice list). Produces the final survey, in
 * which each other-for question carries its derived condition.
 */
final class DefinitionChecker {

    private final Diagnostics diagnostics;
    private final Map<String, Question> byId = new LinkedHashMap<>();
    private final Map<String, Integer> indexOf = new HashMap<>();

    DefinitionChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Survey check(DefinitionBinder.Bound bound) {
        Survey survey = bound.survey();
        checkIds(survey);
        survey = linkOtherTexts(survey, bound.otherForPositions());
        boolean conditionsOk = true;
        for (Section section : survey.sections()) {
            if (section.condition().isPresent()) {
                conditionsOk &= checkCondition(section.condition().get(), null, section);
            }
            for (Question question : section.questions()) {
                if (question.condition().isPresent() && question.otherFor().isEmpty()) {
                    conditionsOk &= checkCondition(question.condition().get(), question, section);
                }
            }
        }
        checkUnusedChoiceLists(survey);
        checkQuestionCount(survey);
        // What generation would refuse is reported here, so that whatever lints also generates:
        // with the very names the emitters use.
        JavaNames.derive(survey, diagnostics);
        if (conditionsOk && !diagnostics.hasErrors() && checkCycles(survey)) {
            EnablementGraph graph = new EnablementGraph(survey);
            new ReachabilityCheck(survey, diagnostics).warnNeverEnabled(graph);
            EnablementCost.check(graph, diagnostics);
        }
        return survey;
    }

    /** More questions than the generated Java can hold: reported at the first one too many. */
    private void checkQuestionCount(Survey survey) {
        List<Question> questions = survey.questions();
        if (questions.size() > JavaLimits.MAX_QUESTIONS) {
            diagnostics.error(questions.get(JavaLimits.MAX_QUESTIONS).position(), "the survey has " + questions.size()
                    + " questions; its generated Java can hold at most " + JavaLimits.MAX_QUESTIONS
                    + " (javac's limit of 65,535 constants per class), and this is question " + (JavaLimits.MAX_QUESTIONS + 1)
                    + "; split the survey");
        }
    }

    private void checkIds(Survey survey) {
        Map<String, Section> sections = new HashMap<>();
        for (Section section : survey.sections()) {
            if (section.id().isEmpty()) {
                continue;
            }
            Section first = sections.putIfAbsent(section.id().toLowerCase(Locale.ROOT), section);
            if (first == null) {
                continue;
            }
            if (first.id().equals(section.id())) {
                diagnostics.error(section.position(), "duplicate section id '" + section.id() + "' (first at "
                        + first.position() + ")");
            } else {
                diagnostics.error(section.position(), "section id '" + section.id() + "' differs from '"
                        + first.id() + "' (" + first.position() + ") only in letter case");
            }
        }
        Map<String, Question> folded = new HashMap<>();
        int index = 0;
        for (Question question : survey.questions()) {
            if (question.id().isEmpty()) {
                continue;
            }
            Question first = folded.putIfAbsent(question.id().toLowerCase(Locale.ROOT), question);
            if (first == null) {
                byId.put(question.id(), question);
                indexOf.put(question.id(), index++);
            } else if (first.id().equals(question.id())) {
                diagnostics.error(question.position(), "duplicate question id '" + question.id() + "' (first at "
                        + first.position() + ")");
            } else {
                diagnostics.error(question.position(), "question id '" + question.id() + "' differs from '"
                        + first.id() + "' (" + first.position() + ") only in letter case");
            }
        }
    }

    private Survey linkOtherTexts(Survey survey, Map<String, SourcePosition> positions) {
        Map<String, String> textFor = new HashMap<>();
        List<Section> sections = new ArrayList<>();
        for (Section section : survey.sections()) {
            List<Question> questions = new ArrayList<>();
            for (Question question : section.questions()) {
                questions.add(question.otherFor().isPresent()
                        ? linkOtherText(question, positions.getOrDefault(question.id(), question.position()), textFor)
                        : question);
            }
            sections.add(new Section(section.id(), section.title(), section.description(), section.condition(),
                    questions, section.position()));
        }
        for (Question question : byId.values()) {
            Optional<Choice> other = question.choices().flatMap(ChoiceList::otherChoice);
            if (other.isPresent() && !textFor.containsKey(question.id())) {
                diagnostics.warning(question.position(), "the 'other' choice '" + other.get().code() + "' of "
                        + question.id() + " has no text question (add one with other-for: " + question.id() + ")");
            }
        }
        return new Survey(survey.sourceFile(), survey.id(), survey.title(), survey.version(),
                survey.defaultLocale(), survey.locales(), survey.description(), survey.digitPolicy(),
                survey.choiceLists(), sections, survey.messages(), survey.javaName());
    }

    private Question linkOtherText(Question question, SourcePosition at, Map<String, String> textFor) {
        String targetId = question.otherFor().orElseThrow();
        Question target = byId.get(targetId);
        if (target == null) {
            diagnostics.error(at, "other-for names unknown question '" + targetId + "'"
                    + Suggestions.didYouMean(targetId, byId.keySet(), question.id()));
            return question;
        }
        if (target.choices().isEmpty()) {
            diagnostics.error(at, "other-for must name a single-choice or multiple-choice question; '" + targetId
                    + "' is " + target.type().keyword());
            return question;
        }
        Optional<Choice> other = target.choices().flatMap(ChoiceList::otherChoice);
        if (other.isEmpty()) {
            // Choices that could not be bound (an empty list) were reported where they are written.
            if (target.choices().filter(list -> !list.choices().isEmpty()).isPresent()) {
                diagnostics.error(at, "'" + targetId + "' has no choice marked 'other: true' for this text to specify");
            }
            return question;
        }
        String previous = textFor.putIfAbsent(targetId, question.id());
        if (previous != null) {
            diagnostics.error(at, "'" + targetId + "' already has an other text question, '" + previous + "'");
            return question;
        }
        if (!DefinitionBinder.CODE.matcher(other.get().code()).matches()) {
            // The code was reported where it is written; a derived condition would not even parse.
            return question;
        }
        String operator = target.answer().takesContains() ? " contains " : " = ";
        String source = "${" + targetId + "}" + operator + "'" + other.get().code() + "'";
        Condition derived = new Condition(source, ConditionParser.parse(source), TextPositions.fixed(at));
        return question.withCondition(Optional.of(derived));
    }

    /** Checks references and types; false when the condition has errors. */
    private boolean checkCondition(Condition condition, Question owner, Section section) {
        int before = diagnostics.errorCount();
        checkExpr(condition.expr(), condition, owner, section);
        return diagnostics.errorCount() == before;
    }

    private void checkExpr(Expr expr, Condition condition, Question owner, Section section) {
        TextPositions at = condition.positions();
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
            public Void visitIsEmpty(Expr.IsEmpty isEmpty) {
                target(isEmpty.ref(), owner, section, at);
                return null;
            }

            @Override
            public Void visitContains(Expr.Contains contains) {
                target(contains.ref(), owner, section, at).ifPresent(target -> checkContains(contains, target, at));
                return null;
            }

            @Override
            public Void visitCompare(Expr.Compare compare) {
                target(compare.ref(), owner, section, at).ifPresent(target -> checkCompare(compare, target, at));
                return null;
            }
        });
    }

    /** The question a reference names, if it is one that a condition may test here (else reported). */
    private Optional<Question> target(Ref ref, Question owner, Section section, TextPositions at) {
        Question target = byId.get(ref.questionId());
        if (target == null) {
            diagnostics.error(at.at(ref.offset()), "unknown question '" + ref.questionId() + "'"
                    + Suggestions.didYouMean(ref.questionId(), byId.keySet(), owner != null ? owner.id() : ""));
            return Optional.empty();
        }
        if (!target.answer().takesAnswer()) {
            diagnostics.error(at.at(ref.offset()), "'" + target.id() + "' is a note and has no answer to test");
            return Optional.empty();
        }
        if (owner == null && target.sectionId().equals(section.id())) {
            diagnostics.error(at.at(ref.offset()), "the condition of section '" + section.id()
                    + "' cannot depend on its own question '" + target.id() + "'");
            return Optional.empty();
        }
        if (owner != null && owner.id().equals(target.id())) {
            diagnostics.error(at.at(ref.offset()), "the condition of '" + owner.id() + "' refers to itself");
            return Optional.empty();
        }
        warnIfLater(ref, target, owner, section, at);
        return Optional.of(target);
    }

    private void checkContains(Expr.Contains contains, Question target, TextPositions at) {
        if (!target.answer().takesContains()) {
            diagnostics.error(at.at(contains.keywordOffset()), "'contains' is for multiple-choice questions; '"
                    + target.id() + "' is " + target.type().keyword() + (target.choices().isPresent() ? " (use =)" : ""));
            return;
        }
        checkCode(target, contains.literal(), at);
    }

    /** What a comparison may compare the answer with, and how: the question's answer specification decides. */
    private void checkCompare(Expr.Compare compare, Question target, TextPositions at) {
        Literal literal = compare.literal();
        SourcePosition literalAt = at.at(literal.offset());
        target.answer().accept(new AnswerSpec.Visitor<Void>() {
            @Override
            public Void visitNote(AnswerSpec.NoteSpec note) {
                return null; // reported with the reference: a note has no answer to test
            }

            @Override
            public Void visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                equalityOnly(compare, target, at);
                if (literal.yesNo().isEmpty()) {
                    diagnostics.error(literalAt, "'" + target.id() + "' is a yes/no question: compare it with yes or no,"
                            + " not " + literal.display());
                }
                return null;
            }

            @Override
            public Void visitChoice(AnswerSpec.ChoiceSpec choice) {
                if (choice.multiple()) {
                    diagnostics.error(at.at(compare.operatorOffset()), "'" + target.id()
                            + "' is a multiple-choice question: test it with ${" + target.id() + "} contains 'code'");
                } else {
                    equalityOnly(compare, target, at);
                    checkCode(target, literal, at);
                }
                return null;
            }

            @Override
            public Void visitNumber(AnswerSpec.NumberSpec number) {
                if (literal.number().isEmpty()) {
                    diagnostics.error(literalAt, "'" + target.id() + "' is a number question: compare it with a number"
                            + " such as 8, not " + literal.display());
                }
                return null;
            }

            @Override
            public Void visitDate(AnswerSpec.DateSpec date) {
                if (literal.string().filter(DefinitionChecker::isDate).isEmpty()) {
                    diagnostics.error(literalAt, "'" + target.id() + "' is a date question: compare it with a date in"
                            + " quotes such as '2025-01-31', not " + literal.display());
                }
                return null;
            }

            @Override
            public Void visitText(AnswerSpec.TextSpec text) {
                equalityOnly(compare, target, at);
                if (literal.string().isEmpty()) {
                    diagnostics.error(literalAt, "'" + target.id() + "' is a text question: compare it with a quoted"
                            + " text, not " + literal.display());
                }
                return null;
            }
        });
    }

    private void equalityOnly(Expr.Compare compare, Question target, TextPositions at) {
        if (!compare.operator().isEquality()) {
            diagnostics.error(at.at(compare.operatorOffset()), "'" + compare.operator().symbol() + "' does not apply to "
                    + target.type().keyword() + " question '" + target.id() + "'; use = or !=");
        }
    }

    private void checkCode(Question target, Literal literal, TextPositions at) {
        if (literal.string().isEmpty()) {
            diagnostics.error(at.at(literal.offset()), "'" + target.id() + "' is a choice question: compare it with a"
                    + " quoted choice code, not " + literal.display());
            return;
        }
        String code = literal.string().get();
        Optional<ChoiceList> choices = target.choices();
        if (choices.isPresent() && choices.get().choice(code).isEmpty()) {
            diagnostics.error(at.at(literal.offset()), "'" + target.id() + "' has no choice '" + code + "'"
                    + Suggestions.didYouMean(code, choices.get().codes()) + "; its codes are "
                    + String.join(", ", choices.get().codes()));
        }
    }

    private void warnIfLater(Ref ref, Question target, Question owner, Section section, TextPositions at) {
        Integer targetIndex = indexOf.get(target.id());
        Integer ownerIndex = owner != null ? indexOf.get(owner.id())
                : section.questions().isEmpty() ? null : indexOf.get(section.questions().get(0).id());
        if (targetIndex != null && ownerIndex != null && targetIndex > ownerIndex) {
            diagnostics.warning(at.at(ref.offset()), "the condition refers to '" + target.id()
                    + "', which comes later in the survey; respondents answer in order");
        }
    }

    private static boolean isDate(String value) {
        return DefinitionBinder.parseDate(value).isPresent();
    }

    private void checkUnusedChoiceLists(Survey survey) {
        Set<String> used = new LinkedHashSet<>();
        survey.questions().forEach(q -> q.choices().flatMap(ChoiceList::name).ifPresent(used::add));
        survey.choiceLists().forEach((name, list) -> {
            if (!used.contains(name)) {
                diagnostics.warning(list.position(), "choice list '" + name + "' is not used by any question");
            }
        });
    }

    /** Reports each cycle of conditions once; true when there is none. */
    private boolean checkCycles(Survey survey) {
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        Map<String, Condition> conditionOf = new HashMap<>();
        for (Section section : survey.sections()) {
            for (Question q : section.questions()) {
                Set<String> d = new LinkedHashSet<>();
                section.condition().ifPresent(c -> c.expr().references().forEach(r -> d.add(r.questionId())));
                q.condition().ifPresent(c -> c.expr().references().forEach(r -> d.add(r.questionId())));
                d.retainAll(byId.keySet());
                deps.put(q.id(), d);
                q.condition().or(section::condition).ifPresent(c -> conditionOf.put(q.id(), c));
            }
        }
        Set<String> done = new LinkedHashSet<>();
        Set<String> inCycle = new LinkedHashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, Set<String>> e : deps.entrySet()) {
                if (!done.contains(e.getKey()) && done.containsAll(e.getValue())) {
                    done.add(e.getKey());
                    progress = true;
                }
            }
        }
        boolean clean = true;
        for (String start : deps.keySet()) {
            if (done.contains(start) || inCycle.contains(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            String current = start;
            while (!path.contains(current) && !inCycle.contains(current)) {
                path.add(current);
                String next = null;
                for (String dep : deps.get(current)) {
                    if (!done.contains(dep)) {
                        next = dep;
                        break;
                    }
                }
                current = next;
            }
            if (inCycle.contains(current)) {
                continue; // depends on a cycle already reported
            }
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
            inCycle.addAll(cycle);
            String first = cycle.stream().min((a, b) -> Integer.compare(indexOf.get(a), indexOf.get(b))).orElseThrow();
            int rotate = cycle.indexOf(first);
            List<String> ordered = new ArrayList<>(cycle.subList(rotate, cycle.size()));
            ordered.addAll(cycle.subList(0, rotate));
            // cycle lists each question followed by one it depends on; show it as "depends on" arrows
            ordered.add(first);
            Condition condition = conditionOf.get(first);
            SourcePosition at = condition != null ? condition.positions().at(0) : byId.get(first).position();
            diagnostics.error(at, "conditions form a cycle: " + String.join(" depends on ", ordered));
            clean = false;
        }
        return clean;
    }
}
