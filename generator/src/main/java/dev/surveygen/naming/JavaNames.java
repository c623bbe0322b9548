package dev.surveygen.naming;

import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.JavaName;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Java names derived from ids and codes, deterministically: {@code Q2-3-other} becomes the method
 * {@code q2_3_other} and the constant {@code Q2_3_OTHER}; choice code {@code 2-or-more} becomes
 * the enum constant {@code _2_OR_MORE}. The check phase derives them to report every clash (both
 * ids, with the line of the first) and the emitters use the very same names; nothing is ever
 * numbered by processing order.
 *
 * <p>Clashes with the generated code's own members are impossible by construction where that is
 * clean: the generated code qualifies every JDK type whose simple name a choice list takes
 * ({@code java.lang.String}), the enums' own members have names no code can produce, and a code
 * that would become the keyword {@code _} becomes {@code _$}. What is left is checked here.
 *
 * <p>An author may give a Java name ({@code java-name}) instead: to the survey (the base of its
 * type names), a question (its accessor; its constant is the same name in upper case with '_'
 * between words), a choice list (its enum) and a choice (its constant). Such a name must be
 * written as Java code would write it ({@link #problem}); it takes part in the same clash checks
 * as the derived names. A question's own choices are named after its java-name, capitalised.
 */
public final class JavaNames {

    /** Methods of the response and its builder, which no question may take over. */
    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "build", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "values", "value", "answer");

    /** Members of the generated {@code …Questions} class, which no question constant may take. */
    private static final Set<String> QUESTIONS_MEMBERS = Set.of("ALL");

    /** The generated classes with a fixed name after the survey's base name (PatternMatcher: only with a pattern). */
    public static final List<String> FIXED_TYPES = List.of("Response", "Violation", "Validator", "Binder", "Binding",
            "Questions", "Support", "Json", "PatternMatcher");

    /**
     * The fixed types that are copies of classes of surveygen (its runtime), not generated from
     * the survey: named so in the clash messages.
     */
    static final Set<String> RUNTIME_TYPES = Set.of("Support", "PatternMatcher");

    /** At most as long as an id, so that every generated file name stays short. */
    public static final int MAX_JAVA_NAME = 64;

    /**
     * Words that are no Java name: keywords, the literals, and the restricted identifiers of Java
     * 17 ({@code var}, {@code yield}, {@code record}, {@code sealed}, {@code permits}; {@code _}
     * cannot be written, a name starts with a letter).
     */
    private static final Set<String> LITERALS = Set.of("true", "false", "null");
    private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits");

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** What a java-name names, which decides how it must be written. */
    public enum Kind {
        /** The survey's base name and a choice list's enum: UpperCamel. */
        TYPE("names Java types", "must start with an upper-case letter"),
        /** A question's accessor: lowerCamel. */
        METHOD("names a Java method", "must start with a lower-case letter"),
        /** A choice's enum constant: UPPER_SNAKE. */
        CONSTANT("names an enum constant", "must be written in upper case, with '_' between words");

        private final String names;
        private final String rule;

        Kind(String names, String rule) {
            this.names = names;
            this.rule = rule;
        }
    }

    /** What is wrong with a java-name, and at which of its characters (0 for the whole name). */
    public record Problem(int offset, String message) {}

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String base;
    private final Map<String, String> method = new LinkedHashMap<>();
    private final Map<String, String> constant = new LinkedHashMap<>();
    /** By identity: two inline lists with equal choices are still two questions' own types. */
    private final Map<ChoiceList, String> enumName = new IdentityHashMap<>();
    /** The lists in definition order, for deterministic output (identity maps iterate by hash). */
    private final List<ChoiceList> enumOrder = new ArrayList<>();
    private final Map<ChoiceList, Map<String, String>> enumConstants = new IdentityHashMap<>();

    private JavaNames(String base) {
        this.base = base;
    }

    /**
     * Derives every name and reports each clash on {@code diagnostics}. Ids and codes that are not
     * valid (already reported by the loader) are left out, so that this runs on any definition; a
     * {@code java-name} that is not valid ({@link #problem}, reported by the loader) is replaced by
     * the name derived from the id or code.
     */
    public static JavaNames derive(Survey survey, Diagnostics diagnostics) {
        JavaNames names = new JavaNames(baseName(survey));
        Map<String, Named<Question>> byMethod = new HashMap<>();
        Map<String, Named<Question>> byConstant = new HashMap<>();
        Map<String, Named<ChoiceList>> typeOwners = new HashMap<>();
        Map<String, TypeOwner> typesIgnoringCase = new HashMap<>();
        for (String fixed : FIXED_TYPES) {
            String what = (RUNTIME_TYPES.contains(fixed) ? "the class " + names.base + fixed
                    + " that surveygen copies into the package" : "the generated class " + names.base + fixed);
            typeOwners.put(names.base + fixed, Named.fixed(what));
            typesIgnoringCase.put((names.base + fixed).toLowerCase(Locale.ROOT),
                    new TypeOwner(names.base + fixed, Named.fixed(what)));
        }
        // Any letter case: file names ignore it on Windows and macOS.
        Pattern part = Pattern.compile(Pattern.quote(names.base) + "(Binder)?Part[0-9]+", Pattern.CASE_INSENSITIVE);
        for (Question q : survey.questions()) {
            if (!ID.matcher(q.id()).matches()) {
                continue;
            }
            Optional<JavaName> given = valid(q.javaName(), Kind.METHOD);
            String m = given.map(JavaName::name).orElseGet(() -> methodName(q.id()));
            String c = given.map(n -> questionConstant(n.name())).orElseGet(() -> constantName(q.id()));
            Named<Question> named = new Named<>(q, "question '" + q.id() + "'", given, q.position(), Optional.empty());
            Named<Question> first = byMethod.putIfAbsent(m, named);
            if (first != null && first.item().id().equalsIgnoreCase(q.id())) {
                continue; // the same id twice, reported as such
            }
            if (first != null) {
                diagnostics.error(named.at(), first.given().isEmpty() && given.isEmpty()
                        ? "questions '" + first.item().id() + "' (line " + first.item().position().line() + ") and '"
                                + q.id() + "' both become the Java name '" + m + "'; rename one"
                        : clash(named, first, "the Java name", m));
            }
            Named<Question> firstConstant = byConstant.putIfAbsent(c, named);
            if (firstConstant != null && first == null) {
                diagnostics.error(named.at(), firstConstant.given().isEmpty() && given.isEmpty()
                        ? "questions '" + firstConstant.item().id() + "' (line " + firstConstant.item().position().line()
                                + ") and '" + q.id() + "' both become the Java constant '" + c + "'; rename one"
                        : clash(named, firstConstant, "the Java constant", c));
            }
            names.method.put(q.id(), m);
            names.constant.put(q.id(), c);
            if (q.choices().isEmpty() || names.enumName.containsKey(q.choices().get())) {
                continue;
            }
            ChoiceList list = q.choices().get();
            if (list.name().isPresent() && !ID.matcher(list.name().get()).matches()) {
                continue;
            }
            Optional<JavaName> listName = valid(list.javaName(), Kind.TYPE);
            // A question's own choices are named after its java-name (itStaffHeadcount: ItStaffHeadcount).
            String type = listName.map(JavaName::name).orElseGet(() -> list.name().map(JavaNames::upperCamel)
                    .orElseGet(() -> given.map(n -> capitalise(n.name())).orElse(upperCamel(q.id()) + "Choice")));
            String owner = list.name().map(n -> "choice list '" + n + "'").orElse("the choices of '" + q.id() + "'");
            // Said in every message about it: the author wrote no name that the enum would take.
            Optional<JavaName> namedAfter = listName.isEmpty() && list.name().isEmpty() ? given : Optional.empty();
            Named<ChoiceList> namedList = new Named<>(list, owner, listName, list.position(), namedAfter);
            Named<ChoiceList> clash = typeOwners.putIfAbsent(type, namedList);
            TypeOwner sameFile = typesIgnoringCase.putIfAbsent(type.toLowerCase(Locale.ROOT),
                    new TypeOwner(type, namedList));
            if (clash != null) {
                diagnostics.error(namedList.at(), clash.derived() && namedList.derived()
                        ? owner + " and " + clash.what() + " both become the Java type '" + type + "'; rename one"
                        : clash(namedList, clash, "the Java type", type));
            } else if (part.matcher(type).matches()) {
                diagnostics.error(namedList.at(), namedList.subject() + " would become the Java type '" + type
                        + "', a name the generated code keeps for its parts (" + names.base + "Part0, " + names.base
                        + "BinderPart0, " + names.base + "Part1, …, in any letter case); rename it");
            } else if (sameFile != null) {
                diagnostics.error(namedList.at(), namedList.subject() + " and " + sameFile.owner().reference(true)
                        + " become the Java types '" + type + "' and '" + sameFile.type() + "', whose files " + type
                        + ".java and " + sameFile.type() + ".java are one file on Windows and macOS; rename one");
            }
            names.enumName.put(list, type);
            names.enumOrder.add(list);
            Map<String, String> constants = new LinkedHashMap<>();
            Map<String, Named<Choice>> owners = new HashMap<>();
            for (Choice choice : list.choices()) {
                if (!CODE.matcher(choice.code()).matches()) {
                    continue;
                }
                Optional<JavaName> constantName = valid(choice.javaName(), Kind.CONSTANT);
                String k = constantName.map(JavaName::name).orElseGet(() -> enumConstant(choice.code()));
                Named<Choice> namedChoice = new Named<>(choice, "choice '" + choice.code() + "'", constantName,
                        choice.position(), Optional.empty());
                Named<Choice> other = owners.putIfAbsent(k, namedChoice);
                if (other != null) {
                    diagnostics.error(namedChoice.at(), other.given().isEmpty() && constantName.isEmpty()
                            ? "choice codes '" + other.item().code() + "' (line " + other.item().position().line()
                                    + ") and '" + choice.code() + "' both become the Java constant '" + k + "'; rename one"
                            : clash(namedChoice, other, "the Java constant", k));
                }
                constants.put(choice.code(), k);
            }
            names.enumConstants.put(list, constants);
        }
        return names;
    }

    /**
     * Something that gets a Java name: from its {@code java-name} when given, else from its id or code.
     *
     * @param what what it is, as an author names it ("question 'Q2-1'")
     * @param position where its id or code is written
     * @param namedAfter the java-name of its question, when it is a question's own choices named after it
     */
    private record Named<T>(T item, String what, Optional<JavaName> given, SourcePosition position,
            Optional<JavaName> namedAfter) {

        /** A generated class or a class surveygen copies, which has no position. */
        static <T> Named<T> fixed(String what) {
            return new Named<>(null, what, Optional.empty(), null, Optional.empty());
        }

        /** Where a clash is reported: at its java-name, or at its id. */
        SourcePosition at() {
            return given.map(JavaName::position).orElse(position);
        }

        /** Whether its name comes from its id or code alone, which the author did not write as Java. */
        boolean derived() {
            return given.isEmpty() && namedAfter.isEmpty();
        }

        String subject() {
            return given.isPresent() ? "the java-name of " + what
                    : what + namedAfter.map(n -> " (named after the question's java-name '" + n.name() + "')").orElse("");
        }

        /**
         * The subject with where it is written, for a message reported elsewhere: "question 'Q1'
         * (9:29)"; {@code lineOnly} gives "(line 9)" for a name derived from an id, as the
         * messages about derived names do.
         */
        String reference(boolean lineOnly) {
            if (item == null) {
                return subject();
            }
            String where = lineOnly && given.isEmpty() ? "line " + at().line() : at().toString();
            return namedAfter.isPresent() && given.isEmpty()
                    ? what + " (" + where + ", named after the question's java-name '" + namedAfter.get().name() + "')"
                    : subject() + " (" + where + ")";
        }
    }

    /**
     * The message of a clash that involves a java-name, at {@code second}, naming {@code first}
     * with its line and column: "the java-name of question 'Q3' and question 'hasCiso' (12:9)
     * both become the Java name 'hasCiso'; choose another java-name".
     */
    private static String clash(Named<?> second, Named<?> first, String javaWhat, String name) {
        String fix = second.given().isPresent() ? "choose another java-name" : "give " + second.what() + " a java-name";
        return second.subject() + " and " + first.reference(false) + " both become " + javaWhat + " '" + name + "'; "
                + fix;
    }

    private record TypeOwner(String type, Named<ChoiceList> owner) {}

    /**
     * What is wrong with {@code name} as the java-name of a {@code kind}, if anything: not a Java
     * identifier of ASCII letters, digits and '_' that starts with a letter (naming the first bad
     * character), too long, in the wrong case for its kind (with the name written right), a Java
     * keyword, literal or restricted identifier, or a method the generated response already has.
     */
    public static Optional<Problem> problem(String name, Kind kind) {
        String quoted = "java-name '" + name + "'";
        if (name.isEmpty()) {
            return Optional.of(new Problem(0, "java-name is empty"));
        }
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (i == 0 && !letter) {
                return Optional.of(new Problem(0, quoted + " must start with a letter (A-Z or a-z), not "
                        + describe(c)));
            }
            if (!letter && !(c >= '0' && c <= '9') && c != '_') {
                return Optional.of(new Problem(i, quoted + " may contain only ASCII letters, digits and '_', not "
                        + describe(c)));
            }
        }
        if (name.length() > MAX_JAVA_NAME) {
            return Optional.of(new Problem(0, quoted + " is longer than " + MAX_JAVA_NAME + " characters"));
        }
        String right = switch (kind) {
            case TYPE -> capitalise(name);
            case METHOD -> lowerCamel(name);
            case CONSTANT -> UPPER_SNAKE.matcher(name).matches() ? name : constantOf(name);
        };
        if (!right.equals(name)) {
            // Never suggest a name that is refused in turn ('Class' is not 'class', 'Builder' not 'builder').
            String suggestion = kind == Kind.METHOD && takenWord(right) != null ? right + "Answer" : right;
            return Optional.of(new Problem(0, quoted + " " + kind.names + " and " + kind.rule + " (did you mean '"
                    + suggestion + "'?)"));
        }
        String reason = takenWord(name);
        if (reason != null) {
            return Optional.of(new Problem(0, quoted + " is " + reason + "; add a word, e.g. '" + name + "Answer'"));
        }
        return Optional.empty();
    }

    /**
     * Why a lowerCamel {@code name} cannot be a question's java-name, or null: a keyword, a
     * literal, a restricted identifier (legal as a method name, but refused so that no generated
     * call to it needs qualifying: {@code yield(…)} does), or a name the response keeps.
     */
    private static String takenWord(String name) {
        if (SourceVersion.isKeyword(name, SourceVersion.RELEASE_17)) {
            return LITERALS.contains(name) ? "a Java literal and cannot name a method"
                    : "a Java keyword and cannot name a method";
        }
        if (RESTRICTED.contains(name)) {
            return "a restricted identifier in Java (" + String.join(", ", RESTRICTED.stream().sorted().toList())
                    + "), which surveygen does not take as a name";
        }
        if (RESERVED.contains(name)) {
            return "a name that the generated response and its builder keep for their own methods ("
                    + String.join(", ", RESERVED.stream().sorted().toList()) + ")";
        }
        return null;
    }

    /**
     * {@code name} as a method is written: its first letter in lower case ({@code HasCiso}:
     * {@code hasCiso}), or, when it has no lower-case letter at all, its words in lowerCamelCase
     * ({@code HAS_CISO}: {@code hasCiso}, {@code IDS}: {@code ids}, {@code Q2_1}: {@code q2_1}).
     */
    private static String lowerCamel(String name) {
        if (!name.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
            StringBuilder out = new StringBuilder();
            for (String word : name.toLowerCase(Locale.ROOT).split("_")) {
                if (word.isEmpty()) {
                    continue;
                }
                // Digits stay apart ("Q2_1" is "q2_1", not "q21", which reads as another question).
                out.append(out.length() == 0 ? word : Character.isDigit(word.charAt(0)) ? "_" + word : capitalise(word));
            }
            if (out.length() > 0 && Character.isLetter(out.charAt(0))) {
                return out.toString();
            }
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String describe(int c) {
        if (c == ' ') {
            return "a space";
        }
        if (c == '-') {
            return "'-' (Java names join words by writing each new word with a capital letter)";
        }
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
                ? String.format(Locale.ROOT, "the character U+%04X", c)
                : "'" + new String(Character.toChars(c)) + "'";
    }

    private static Optional<JavaName> valid(Optional<JavaName> name, Kind kind) {
        return name.filter(n -> problem(n.name(), kind).isEmpty());
    }

    /**
     * The survey's base name, the start of every generated class name: its java-name, or derived
     * from its id ({@code mhlw-r6-hospital-cybersecurity}: {@code MhlwR6HospitalCybersecurity}).
     */
    public static String baseName(Survey survey) {
        return valid(survey.javaName(), Kind.TYPE).map(JavaName::name)
                .orElse(ID.matcher(survey.id()).matches() ? upperCamel(survey.id()) : "Survey");
    }

    /**
     * A lowerCamel or UpperCamel name in upper case with '_' between its words: {@code hasCiso}
     * is {@code HAS_CISO}, {@code parseHTTPResponse} {@code PARSE_HTTP_RESPONSE}, {@code q2_1}
     * {@code Q2_1}; as a question's constant, {@code all} is {@code ALL_} ({@link #constantName}).
     */
    static String constantOf(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && name.charAt(i - 1) != '_') {
                char before = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before)
                        || (Character.isUpperCase(before) && nextLower)) {
                    out.append('_');
                }
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** The constant of a question with a java-name in {@code …Questions}: {@code hasCiso} is {@code HAS_CISO}. */
    static String questionConstant(String javaName) {
        String name = constantOf(javaName);
        return QUESTIONS_MEMBERS.contains(name) ? name + "_" : name;
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The survey's base name, the start of every generated class name. */
    public String base() {
        return base;
    }

    /** The getter, setter and enablement method of a question. */
    public String method(Question q) {
        return method.get(q.id());
    }

    /** The constant of a question's id in {@code …Questions}, and the prefix of its violation constants. */
    public String constant(Question q) {
        return constant.get(q.id());
    }

    public String enumType(ChoiceList list) {
        return enumName.get(list);
    }

    /** The enum constant of a choice (also of a list that no question uses, which gets no enum). */
    public String enumConstant(ChoiceList list, String code) {
        Map<String, String> constants = enumConstants.get(list);
        if (constants != null) {
            return constants.get(code);
        }
        return list.choice(code).flatMap(c -> valid(c.javaName(), Kind.CONSTANT)).map(JavaName::name)
                .orElseGet(() -> enumConstant(code));
    }

    /** Every choice list with its enum type name, in definition order. */
    public List<Map.Entry<ChoiceList, String>> enums() {
        return enumOrder.stream().map(list -> Map.entry(list, enumName.get(list))).toList();
    }

    /** Every generated type's simple name: the fixed ones and the enums (not the parts). */
    public List<String> typeNames() {
        List<String> types = new ArrayList<>();
        FIXED_TYPES.forEach(fixed -> types.add(base + fixed));
        enumOrder.forEach(list -> types.add(enumName.get(list)));
        return types;
    }

    public static String methodName(String id) {
        String name = Character.toLowerCase(id.charAt(0)) + id.substring(1).replace('-', '_');
        return SourceVersion.isKeyword(name, SourceVersion.RELEASE_17) || RESERVED.contains(name) ? name + "_" : name;
    }

    /** Upper case with '_'; the members of {@code …Questions} ({@code ALL}) get a trailing '_'. */
    public static String constantName(String id) {
        String name = id.replace('-', '_').toUpperCase(Locale.ROOT);
        return QUESTIONS_MEMBERS.contains(name) ? name + "_" : name;
    }

    /**
     * Upper case with '_', prefixed with '_' when it starts with a digit; the codes {@code _} and
     * {@code -}, which would become the keyword {@code _}, become {@code _$} (no code holds '$').
     */
    public static String enumConstant(String code) {
        String name = code.replace('-', '_').toUpperCase(Locale.ROOT);
        if (name.equals("_")) {
            return "_$";
        }
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    public static String upperCamel(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' || c == '_') {
                // Keep digits apart ("Q1-1" is "Q1_1", not "Q11", which is another question).
                if (out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))
                        && i + 1 < id.length() && Character.isDigit(id.charAt(i + 1))) {
                    out.append('_');
                }
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
