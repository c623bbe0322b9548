package dev.surveygen.javagen;

import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names derived from ids and codes, deterministically: {@code Q2-3-other} becomes the
 * method {@code q2_3_other} and the constant {@code Q2_3_OTHER}; choice code {@code 2-or-more}
 * becomes the enum constant {@code _2_OR_MORE}. Names that would clash are errors naming both
 * ids and their lines; nothing is ever numbered by processing order.
 */
final class JavaNames {

    /** Methods of the response and its builder, which no question may take over. */
    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "build", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "values", "value", "answer");

    /** JDK types the generated code uses; a generated type of the same name would hide them. */
    private static final Set<String> JDK_TYPES = Set.of("String", "Object", "Boolean", "Integer", "Long", "Short", "Byte",
            "Double", "Float", "Number", "Character", "Enum", "Record", "Override", "SuppressWarnings", "Deprecated",
            "Class", "System", "Math", "Iterable", "Comparable", "Exception", "RuntimeException", "Error", "Void",
            "StringBuilder", "IllegalArgumentException", "IllegalStateException", "List", "Map", "Set", "SortedSet",
            "Collection", "Collections", "Arrays", "Objects", "EnumSet", "ArrayList", "HashMap", "LinkedHashMap",
            "TreeSet", "BigDecimal", "BigInteger", "LocalDate", "Pattern", "Normalizer", "DateTimeFormatter",
            "ResolverStyle", "DateTimeParseException", "Generated");

    private final String base;
    private final Map<String, String> method = new LinkedHashMap<>();
    private final Map<String, String> constant = new LinkedHashMap<>();
    /** By identity: two inline lists with equal choices are still two questions' own types. */
    private final Map<ChoiceList, String> enumName = new IdentityHashMap<>();
    /** The lists in definition order, for deterministic output (identity maps iterate by hash). */
    private final List<ChoiceList> enumOrder = new java.util.ArrayList<>();
    private final Map<ChoiceList, Map<String, String>> enumConstants = new IdentityHashMap<>();

    private JavaNames(String base) {
        this.base = base;
    }

    static JavaNames derive(Survey survey, Diagnostics diagnostics) {
        JavaNames names = new JavaNames(upperCamel(survey.id()));
        Map<String, Question> byMethod = new HashMap<>();
        Map<String, Question> byConstant = new HashMap<>();
        Map<String, String> typeOwners = new HashMap<>();
        for (String fixed : List.of("Response", "Violation", "Validator", "Binder", "Binding", "Enablement", "Questions",
                "Support", "Json", "PatternMatcher")) {
            typeOwners.put(names.base + fixed, "the generated class " + names.base + fixed);
        }
        for (Question q : survey.questions()) {
            String m = methodName(q.id());
            String c = constantName(q.id());
            Question first = byMethod.putIfAbsent(m, q);
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
            if (q.choices().isPresent() && !names.enumName.containsKey(q.choices().get())) {
                ChoiceList list = q.choices().get();
                String type = list.name().map(JavaNames::upperCamel).orElse(upperCamel(q.id()) + "Choice");
                String owner = list.name().map(n -> "choice list '" + n + "'").orElse("the choices of '" + q.id() + "'");
                if (JDK_TYPES.contains(type)) {
                    diagnostics.error(list.position(), owner + " would become the Java type '" + type
                            + "', which hides the JDK type of that name; rename it");
                }
                String clash = typeOwners.putIfAbsent(type, owner);
                if (clash != null) {
                    diagnostics.error(list.position(), owner + " and " + clash + " both become the Java type '" + type
                            + "'; rename one");
                }
                names.enumName.put(list, type);
                names.enumOrder.add(list);
                Map<String, String> constants = new LinkedHashMap<>();
                Map<String, Choice> owners = new HashMap<>();
                for (Choice choice : list.choices()) {
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
        }
        return names;
    }

    String base() {
        return base;
    }

    String method(Question q) {
        return method.get(q.id());
    }

    String constant(Question q) {
        return constant.get(q.id());
    }

    String enumType(ChoiceList list) {
        return enumName.get(list);
    }

    String enumConstant(ChoiceList list, String code) {
        return enumConstants.get(list).get(code);
    }

    /** Every choice list with its enum type name, in definition order. */
    List<Map.Entry<ChoiceList, String>> enums() {
        return enumOrder.stream().map(list -> Map.entry(list, enumName.get(list))).toList();
    }

    static String methodName(String id) {
        String name = Character.toLowerCase(id.charAt(0)) + id.substring(1).replace('-', '_');
        return SourceVersion.isKeyword(name, SourceVersion.RELEASE_17) || RESERVED.contains(name) ? name + "_" : name;
    }

    static String constantName(String id) {
        return id.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    static String enumConstant(String code) {
        String name = code.replace('-', '_').toUpperCase(Locale.ROOT);
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    static String upperCamel(String id) {
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
