package dev.surveygen.naming;

import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 */
public final class JavaNames {

    /** Methods of the response and its builder, which no question may take over. */
    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "build", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "values", "value", "answer");

    /** Members of the generated {@code …Questions} class, which no question constant may take. */
    private static final Set<String> QUESTIONS_MEMBERS = Set.of("ALL");

    /** The generated classes with a fixed name after the survey's base name (PatternMatcher: only with a pattern). */
    public static final List<String> FIXED_TYPES = List.of("Response", "Violation", "Validator", "Binder", "Binding",
            "Enablement", "Questions", "Support", "Json", "PatternMatcher", "JsonReader", "JsonException", "OversizeNumber");

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
     * valid (already reported by the loader) are left out, so that this runs on any definition.
     */
    public static JavaNames derive(Survey survey, Diagnostics diagnostics) {
        JavaNames names = new JavaNames(ID.matcher(survey.id()).matches() ? upperCamel(survey.id()) : "Survey");
        Map<String, Question> byMethod = new HashMap<>();
        Map<String, Question> byConstant = new HashMap<>();
        Map<String, String> typeOwners = new HashMap<>();
        Map<String, TypeOwner> typesIgnoringCase = new HashMap<>();
        for (String fixed : FIXED_TYPES) {
            typeOwners.put(names.base + fixed, "the generated class " + names.base + fixed);
            typesIgnoringCase.put((names.base + fixed).toLowerCase(Locale.ROOT),
                    new TypeOwner(names.base + fixed, "the generated class " + names.base + fixed, null));
        }
        // Any letter case: file names ignore it on Windows and macOS.
        Pattern part = Pattern.compile(Pattern.quote(names.base) + "(Binder)?Part[0-9]+", Pattern.CASE_INSENSITIVE);
        for (Question q : survey.questions()) {
            if (!ID.matcher(q.id()).matches()) {
                continue;
            }
            String m = methodName(q.id());
            String c = constantName(q.id());
            Question first = byMethod.putIfAbsent(m, q);
            if (first != null && first.id().equalsIgnoreCase(q.id())) {
                continue; // the same id twice, reported as such
            }
            if (first != null) {
                diagnostics.error(q.position(), "questions '" + first.id() + "' (line " + first.position().line()
                        + ") and '" + q.id() + "' both become the Java name '" + m + "'; rename one");
            }
            Question firstConstant = byConstant.putIfAbsent(c, q);
            if (firstConstant != null && first == null) {
                diagnostics.error(q.position(), "questions '" + firstConstant.id() + "' (line "
                        + firstConstant.position().line() + ") and '" + q.id() + "' both become the Java constant '" + c
                        + "'; rename one");
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
            String type = list.name().map(JavaNames::upperCamel).orElse(upperCamel(q.id()) + "Choice");
            String owner = list.name().map(n -> "choice list '" + n + "'").orElse("the choices of '" + q.id() + "'");
            String clash = typeOwners.putIfAbsent(type, owner);
            TypeOwner sameFile = typesIgnoringCase.putIfAbsent(type.toLowerCase(Locale.ROOT),
                    new TypeOwner(type, owner, list));
            if (clash != null) {
                diagnostics.error(list.position(), owner + " and " + clash + " both become the Java type '" + type
                        + "'; rename one");
            } else if (part.matcher(type).matches()) {
                diagnostics.error(list.position(), owner + " would become the Java type '" + type + "', a name the"
                        + " generated code keeps for its parts (" + names.base + "Part0, " + names.base + "BinderPart0, "
                        + names.base + "Part1, …, in any"
                        + " letter case); rename it");
            } else if (sameFile != null) {
                diagnostics.error(list.position(), owner + " and " + sameFile.owner()
                        + (sameFile.list() != null ? " (line " + sameFile.list().position().line() + ")" : "")
                        + " become the Java types '" + type + "' and '" + sameFile.type() + "', whose files " + type
                        + ".java and " + sameFile.type() + ".java are one file on Windows and macOS; rename one");
            }
            names.enumName.put(list, type);
            names.enumOrder.add(list);
            Map<String, String> constants = new LinkedHashMap<>();
            Map<String, Choice> owners = new HashMap<>();
            for (Choice choice : list.choices()) {
                if (!CODE.matcher(choice.code()).matches()) {
                    continue;
                }
                String k = enumConstant(choice.code());
                Choice other = owners.putIfAbsent(k, choice);
                if (other != null) {
                    diagnostics.error(choice.position(), "choice codes '" + other.code() + "' (line "
                            + other.position().line() + ") and '" + choice.code() + "' both become the Java constant '"
                            + k + "'; rename one");
                }
                constants.put(choice.code(), k);
            }
            names.enumConstants.put(list, constants);
        }
        return names;
    }

    private record TypeOwner(String type, String owner, ChoiceList list) {}

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

    public String enumConstant(ChoiceList list, String code) {
        return enumConstants.get(list).get(code);
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
