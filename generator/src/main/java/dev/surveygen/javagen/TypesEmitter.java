package dev.surveygen.javagen;

import dev.surveygen.model.ViolationCode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.naming.JavaLimits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/** The public data types: the response and its builder, choice enums, violation, binding, question ids. */
final class TypesEmitter {

    private final GenerationContext ctx;

    TypesEmitter(GenerationContext ctx) {
        this.ctx = ctx;
    }

    /** The first index of the answers array that {@code sipush} cannot load (see {@link #slot}). */
    static final int FIRST_HIGH_SLOT = 32_768;

    /** The index of a question's answer in the response's array, written so that it needs no constant. */
    private CodeBlock slot(Question q) {
        int index = ctx.index(q);
        return index < FIRST_HIGH_SLOT ? CodeBlock.of("$L", index)
                : CodeBlock.of("$T.HIGH + $L", ctx.response, index - FIRST_HIGH_SLOT);
    }

    TypeSpec response() {
        List<Integer> personal = new ArrayList<>();
        for (Question q : ctx.all) {
            if (q.personalData()) {
                personal.add(ctx.index(q));
            }
        }
        TypeSpec.Builder type = ctx.topLevel(TypeSpec.classBuilder(ctx.response))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("A response to the survey $L: one typed answer per question, null when unanswered.\n\n"
                        + "<p>Immutable; build one with {@link #builder()}. Text answers are trimmed and blank ones are\n"
                        + "null; empty selections are null. Answers to personal-data questions are masked in\n"
                        + "{@link #toString()}.\n", JavaText.javadoc(ctx.survey.id()))
                .addField(FieldSpec.builder(int.class, "SIZE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", ctx.all.size()).build())
                .addField(Object[].class, "values", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(Object[].class, "values").addStatement("this.values = values").build())
                .addFields(ctx.all.size() > FIRST_HIGH_SLOT ? List.of(FieldSpec.builder(int.class, "HIGH", Modifier.STATIC,
                        Modifier.FINAL).addJavadoc("$L, but no compile-time constant: javac would put every index above $L in the\n"
                                + "constant pool, which holds 65,535 entries per class.\n", FIRST_HIGH_SLOT, FIRST_HIGH_SLOT - 1)
                        .initializer("$T.parseInt($S)", Integer.class, String.valueOf(FIRST_HIGH_SLOT)).build()) : List.of())
                .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("@return a builder with every question unanswered\n")
                        .returns(ctx.builder).addStatement("return new $T(new $T[SIZE])", ctx.builder, Object.class).build())
                .addMethod(MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@return a builder holding this response's answers\n")
                        .returns(ctx.builder).addStatement("return new $T(values.clone())", ctx.builder).build());
        // Filled by a method ('$' keeps its name from every question's getter), however many there are.
        type.addField(ArrayTables.add(type, TypeName.INT, "PERSONAL", "personal$", "", personal.stream()
                .map(i -> CodeBlock.of("$L", i)).toList()));
        TypeSpec.Builder builder = TypeSpec.classBuilder(ctx.builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; setting null clears an answer.\n", ctx.response)
                .addField(Object[].class, "values", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A builder with every question unanswered (as {@link $T#builder()}).\n", ctx.response)
                        .addStatement("this(new $T[SIZE])", Object.class).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(Object[].class, "values").addStatement("this.values = values").build());
        for (Question q : ctx.all) {
            TypeName valueType = ctx.valueType(q);
            if (valueType == null) {
                continue;
            }
            String name = ctx.names.method(q);
            MethodSpec.Builder getter = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(valueType)
                    .addJavadoc("$L\n\n@return the answer, or null when unanswered\n", ctx.questionDoc(q));
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                getter.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked")
                        .build());
            }
            annotateGetter(getter, q);
            type.addMethod(getter.addStatement("return ($T) values[$L]", valueType, slot(q)).build());
            CodeBlock store = switch (q.type()) {
                case TEXT, LONG_TEXT -> CodeBlock.of("$T.text(value)", ctx.support);
                case MULTIPLE_CHOICE -> CodeBlock.of("$T.choices(value)", ctx.support);
                default -> CodeBlock.of("value");
            };
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name);
            builder.addMethod(setter
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ctx.builder)
                    .addParameter(ParameterSpec.builder(valueType, "value").build())
                    .addJavadoc("@param value the answer to $L, or null to clear it\n@return this builder\n",
                            ctx.questionLink(q))
                    .addStatement("values[$L] = $L", slot(q), store)
                    .addStatement("return this")
                    .build());
        }
        builder.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC)
                .addJavadoc("@return the response with the answers set so far\n")
                .returns(ctx.response).addStatement("return new $T(values.clone())", ctx.response).build());
        type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(boolean.class).addParameter(Object.class, "other")
                .beginControlFlow("if (!(other instanceof $T that))", ctx.response).addStatement("return false")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < SIZE; i++)")
                .beginControlFlow("if (!sameAnswer(values[i], that.values[i]))").addStatement("return false").endControlFlow()
                .endControlFlow()
                .addStatement("return true")
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("int hash = 1")
                .beginControlFlow("for ($T value : values)", Object.class).addStatement("hash = 31 * hash + answerHash(value)")
                .endControlFlow()
                .addStatement("return hash").build());
        type.addMethod(MethodSpec.methodBuilder("sameAnswer").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class).addParameter(Object.class, "a").addParameter(Object.class, "b")
                .addJavadoc("Answers are equal by value: decimals numerically (2.5 equals 2.50), the rest by equals.\n")
                .beginControlFlow("if (a instanceof $T x && b instanceof $T y)", BigDecimal.class, BigDecimal.class)
                .addStatement("return x.compareTo(y) == 0").endControlFlow()
                .addStatement("return $T.equals(a, b)", Objects.class).build());
        type.addMethod(MethodSpec.methodBuilder("answerHash").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class).addParameter(Object.class, "value")
                .addJavadoc("A hash consistent with {@code sameAnswer}: numerically equal decimals have equal doubles.\n")
                .beginControlFlow("if (value instanceof $T d)", BigDecimal.class)
                .addStatement("return $T.hashCode(d.doubleValue())", Double.class).endControlFlow()
                .addStatement("return $T.hashCode(value)", Objects.class).build());
        type.addMethod(MethodSpec.methodBuilder("isPersonal").addModifiers(Modifier.STATIC)
                .returns(boolean.class).addParameter(int.class, "index")
                .addJavadoc("Whether the question at {@code index} (definition order) is personal data, masked in logs.\n")
                .addStatement("return $T.binarySearch(PERSONAL, index) >= 0", Arrays.class).build());
        type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T out = new $T($S)", StringBuilder.class, StringBuilder.class, ctx.response.simpleName() + "{")
                .addStatement("boolean first = true")
                .beginControlFlow("for (int i = 0; i < SIZE; i++)")
                .beginControlFlow("if (values[i] == null)")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("out.append(first ? $S : $S).append($T.ALL.get(i)).append('=')", "", ", ", ctx.questions)
                .addStatement("out.append(isPersonal(i) ? $S : values[i])", "***")
                .addStatement("first = false")
                .endControlFlow()
                .addStatement("return out.append('}').toString()")
                .build());
        if (ctx.options.jackson()) {
            // Through the binder: exactly as strict as fromJson and check (see JacksonEmitter).
            JacksonEmitter jackson = new JacksonEmitter(ctx);
            type.addAnnotation(JacksonEmitter.using("JsonSerialize", jackson.responseSerializer()));
            type.addAnnotation(JacksonEmitter.using("JsonDeserialize", jackson.responseDeserializer()));
        }
        return type.addType(builder.build()).build();
    }

    /** The optional annotations of a getter: Bean Validation's bounds. */
    private void annotateGetter(MethodSpec.Builder getter, Question q) {
        if (!ctx.options.jakartaValidation()) {
            return;
        }
        String pkg = "jakarta.validation.constraints";
        var c = Constraints.of(q);
        if (q.type() == QuestionType.INTEGER) {
            c.min().ifPresent(min -> getter.addAnnotation(AnnotationSpec.builder(ClassName.get(pkg, "Min"))
                    .addMember("value", "$LL", min.longValueExact()).build()));
            c.max().ifPresent(max -> getter.addAnnotation(AnnotationSpec.builder(ClassName.get(pkg, "Max"))
                    .addMember("value", "$LL", max.longValueExact()).build()));
        }
        if (q.type() == QuestionType.DECIMAL) {
            c.min().ifPresent(min -> getter.addAnnotation(AnnotationSpec.builder(ClassName.get(pkg, "DecimalMin"))
                    .addMember("value", "$S", min.toPlainString()).build()));
            c.max().ifPresent(max -> getter.addAnnotation(AnnotationSpec.builder(ClassName.get(pkg, "DecimalMax"))
                    .addMember("value", "$S", max.toPlainString()).build()));
        }
        if (q.type().isTextual() && (c.minLength().isPresent() || c.maxLength().isPresent())) {
            AnnotationSpec.Builder size = AnnotationSpec.builder(ClassName.get(pkg, "Size"));
            c.minLength().ifPresent(min -> size.addMember("min", "$L", min));
            c.maxLength().ifPresent(max -> size.addMember("max", "$L", max));
            getter.addAnnotation(size.build());
        }
        if (q.type() == QuestionType.MULTIPLE_CHOICE
                && (c.minSelections().isPresent() || c.maxSelections().isPresent())) {
            AnnotationSpec.Builder size = AnnotationSpec.builder(ClassName.get(pkg, "Size"));
            c.minSelections().ifPresent(min -> size.addMember("min", "$L", min));
            c.maxSelections().ifPresent(max -> size.addMember("max", "$L", max));
            getter.addAnnotation(size.build());
        }
    }

    List<TypeSpec> enums() {
        List<TypeSpec> out = new ArrayList<>();
        for (Map.Entry<ChoiceList, String> entry : ctx.names.enums()) {
            out.add(choiceEnum(entry.getKey(), ClassName.get(ctx.options.packageName(), entry.getValue())));
        }
        return out;
    }

    /**
     * One enum per choice list. The constants take no arguments: their codes, labels and flags
     * are tables by ordinal, built by small methods, so that the class initialiser holds only the
     * constants themselves and a list of up to {@link JavaLimits#MAX_CHOICES} choices compiles. The
     * tables and their methods have lower-case names, which no choice code can become.
     */
    private TypeSpec choiceEnum(ChoiceList list, ClassName name) {
        List<String> locales = ctx.survey.locales();
        List<Choice> choices = list.choices();
        TypeSpec.Builder type = ctx.topLevel(TypeSpec.enumBuilder(name))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(ctx.generated())
                .addJavadoc("The choices $L, in definition order.\n", JavaText.javadoc(list.name()
                        .map(n -> "of the list " + n).orElse("of a question")));
        for (Choice choice : choices) {
            type.addEnumConstant(ctx.names.enumConstant(list, choice.code()), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("$L\n", JavaText.javadoc(choice.code() + ": " + choice.label().in(ctx.survey.defaultLocale(), ctx.survey.defaultLocale())))
                    .build());
        }
        type.addField(table(type, "codes", "", choices.stream().map(Choice::code).toList()));
        for (String locale : locales) {
            type.addField(table(type, "labels" + capitalize(locale), "",
                    choices.stream().map(c -> c.label().in(locale, ctx.survey.defaultLocale())).toList()));
        }
        boolean anyExclusive = choices.stream().anyMatch(Choice::exclusive);
        boolean anyOther = choices.stream().anyMatch(Choice::other);
        if (anyExclusive) {
            type.addField(flags(type, "exclusive", choices, Choice::exclusive));
        }
        if (anyOther) {
            type.addField(flags(type, "other", choices, Choice::other));
        }
        MethodSpec.Builder code = MethodSpec.methodBuilder("code").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("@return the stable code of this choice, as in the definition and in JSON\n")
                .addStatement("return codes[ordinal()]");
        if (ctx.options.jackson()) {
            code.addAnnotation(ClassName.get("com.fasterxml.jackson.annotation", "JsonValue"));
        }
        type.addMethod(code.build());
        type.addMethod(MethodSpec.methodBuilder("label").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("@return the label in the survey's default locale\n")
                .addStatement("return $N[ordinal()]", "labels" + capitalize(ctx.survey.defaultLocale())).build());
        type.addMethod(localeSwitch(MethodSpec.methodBuilder("label"), "labels", "the label", "[ordinal()]").build());
        type.addMethod(MethodSpec.methodBuilder("isExclusive").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addJavadoc("@return whether this choice cannot be selected with another\n")
                .addStatement(anyExclusive ? "return exclusive[ordinal()]" : "return false").build());
        type.addMethod(MethodSpec.methodBuilder("isOther").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addJavadoc("@return whether this is the \"other\" choice, specified by a separate text question\n")
                .addStatement(anyOther ? "return other[ordinal()]" : "return false").build());
        type.addMethod(MethodSpec.methodBuilder("fromCode").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name).addParameter(String.class, "code")
                .addJavadoc("@param code a choice code\n@return the choice with that code, or null if there is none\n")
                .addCode(fromCode(type, list, name)).build());
        if (ctx.options.jackson()) {
            // Strict, as the binders: an unknown code is an error, never null.
            type.addMethod(MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.STATIC)
                    .addAnnotation(ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator"))
                    .returns(name).addParameter(String.class, "code")
                    .addJavadoc("Jackson reads a code with this: an unknown code is an error.\n\n@param code a choice code"
                            + "\n@return the choice with that code\n")
                    .addStatement("$T choice = fromCode(code)", name)
                    .beginControlFlow("if (choice == null)")
                    .addStatement("throw new $T($S + code + $S)", IllegalArgumentException.class, "no choice '",
                            "' in " + name.simpleName())
                    .endControlFlow()
                    .addStatement("return choice").build());
        }
        return type.build();
    }

    /** A {@code private static final String[]} by ordinal, filled by a method of the same name. */
    private static FieldSpec table(TypeSpec.Builder type, String name, String doc, List<String> values) {
        return ArrayTables.add(type, ClassName.get(String.class), name, name, doc, values.stream()
                .map(v -> CodeBlock.of("$L", JavaText.literal(v))).toList());
    }

    /** A {@code private static final boolean[]} by ordinal, set where {@code flag} holds. */
    private static FieldSpec flags(TypeSpec.Builder type, String name, List<Choice> choices,
            java.util.function.Predicate<Choice> flag) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean[].class)
                .addStatement("boolean[] flags = new boolean[$L]", choices.size());
        for (int i = 0; i < choices.size(); i++) {
            if (flag.test(choices.get(i))) {
                method.addStatement("flags[$L] = true", i);
            }
        }
        type.addMethod(method.addStatement("return flags").build());
        return FieldSpec.builder(boolean[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$N()", name).build();
    }

    /**
     * The lookup by code: a {@code switch}, cut into methods of {@value ArrayTables#CHUNK} cases
     * (tried in turn) so that a list of thousands of choices stays within javac's limits.
     */
    private CodeBlock fromCode(TypeSpec.Builder type, ChoiceList list, ClassName name) {
        List<Choice> choices = list.choices();
        if (choices.size() <= ArrayTables.CHUNK) {
            return CodeBlock.builder().add("return code == null ? null : ").add(codeSwitch(list, choices)).build();
        }
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("if (code == null)").addStatement("return null")
                .endControlFlow().addStatement("$T choice = null", name);
        for (int start = 0, k = 0; start < choices.size(); start += ArrayTables.CHUNK, k++) {
            String method = "fromCode$" + k;
            type.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(name)
                    .addParameter(String.class, "code")
                    .addCode(CodeBlock.builder().add("return ").add(codeSwitch(list,
                            choices.subList(start, Math.min(choices.size(), start + ArrayTables.CHUNK)))).build())
                    .build());
            body.addStatement(k == 0 ? "choice = $N(code)" : "choice = choice != null ? choice : $N(code)", method);
        }
        return body.addStatement("return choice").build();
    }

    private CodeBlock codeSwitch(ChoiceList list, List<Choice> choices) {
        CodeBlock.Builder cases = CodeBlock.builder().add("switch (code) {\n$>");
        for (Choice choice : choices) {
            cases.add("case $L -> $N;\n", JavaText.literal(choice.code()), ctx.names.enumConstant(list, choice.code()));
        }
        return cases.add("default -> null;\n$<};\n").build();
    }

    /** {@code name(String locale)}: the text in that locale, the default locale's for any other. */
    private MethodSpec.Builder localeSwitch(MethodSpec.Builder method, String prefix, String what) {
        return localeSwitch(method, prefix, what, "");
    }

    /** As above, reading {@code prefix + Locale + suffix} (e.g. {@code labelsEn[ordinal()]}). */
    private MethodSpec.Builder localeSwitch(MethodSpec.Builder method, String prefix, String what, String suffix) {
        method.addModifiers(Modifier.PUBLIC).returns(String.class).addParameter(String.class, "locale")
                .addJavadoc("@param locale a locale code such as $S\n@return $L in that locale, or in the default locale"
                        + " ($S) for any other\n", "en", what, ctx.survey.defaultLocale());
        List<String> others = ctx.survey.locales().stream().filter(l -> !l.equals(ctx.survey.defaultLocale())).toList();
        if (others.isEmpty()) {
            return method.addStatement("$T.requireNonNull(locale, $S)", Objects.class, "locale")
                    .addStatement("return $N$L", prefix + capitalize(ctx.survey.defaultLocale()), suffix);
        }
        method.addStatement("$T.requireNonNull(locale, $S)", Objects.class, "locale");
        for (String locale : others) {
            method.beginControlFlow("if (locale.equals($S))", locale)
                    .addStatement("return $N$L", prefix + capitalize(locale), suffix)
                    .endControlFlow();
        }
        return method.addStatement("return $N$L", prefix + capitalize(ctx.survey.defaultLocale()), suffix);
    }

    /**
     * The violation: a final class rather than a record, so that its shape does not change with
     * the survey's locales ({@code message(Locale)} reads a table by the declared locales).
     */
    TypeSpec violation() {
        ClassName code = ctx.violation.nestedClass("Code");
        TypeSpec.Builder codes = TypeSpec.enumBuilder(code).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The violation codes: the same in every survey, in JSON and in {@code surveygen check}.\n");
        for (ViolationCode c : ViolationCode.values()) {
            codes.addEnumConstant(c.name(), TypeSpec.anonymousClassBuilder("$S", c.code())
                    .addJavadoc("{@code $L}\n", c.code()).build());
        }
        codes.addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "code")
                        .addStatement("this.code = code").build())
                .addMethod(MethodSpec.methodBuilder("code").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addJavadoc("@return the code as written in JSON, such as {@code not-applicable}\n")
                        .addStatement("return code").build());
        String locales = CodeBlock.join(ctx.survey.locales().stream().map(l -> CodeBlock.of("$S", l)).toList(), ", ")
                .toString();
        ParameterizedTypeName messages = ParameterizedTypeName.get(List.class, String.class);
        return ctx.topLevel(TypeSpec.recordBuilder(ctx.violation))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(ctx.generated())
                .addJavadoc("One way in which a response breaks the survey's rules.\n\n"
                        + "@param question the question id (as in the definition, the form and JSON)\n"
                        + "@param code the violation code\n"
                        + "@param messages the message in each of the survey's locales, in their order ($L); read one with\n"
                        + "    {@link #message(Locale)}\n", String.join(", ", ctx.survey.locales()))
                .recordConstructor(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "question").addParameter(code, "code")
                        .addParameter(messages, "messages").build())
                .addType(codes.build())
                .addField(FieldSpec.builder(String[].class, "LOCALES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("{$L}", locales).build())
                .addMethod(MethodSpec.methodBuilder("message").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addJavadoc("@return the message in the survey's default locale ($S)\n", ctx.survey.defaultLocale())
                        .addStatement("return messages.get(0)").build())
                .addMethod(MethodSpec.methodBuilder("message").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addParameter(Locale.class, "locale")
                        .addJavadoc("@param locale any locale\n@return the message in the survey's locale whose tag equals the locale's"
                                + " language tag, else in the first\n        of its locales with the same language, else in the"
                                + " default locale ($S)\n", ctx.survey.defaultLocale())
                        .addStatement("return messages.get($T.localeIndex(LOCALES, locale))", ctx.support).build())
                .addMethod(MethodSpec.methodBuilder("message").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addParameter(String.class, "languageTag")
                        .addJavadoc("As {@link #message($T)}, for a BCP 47 tag such as {@code en} (templates pass a string).\n\n"
                                + "@param languageTag a language tag\n@return the message in that locale, as above\n", Locale.class)
                        .addStatement("return message($T.forLanguageTag(languageTag))", Locale.class).build())
                .build();
    }

    TypeSpec binding() {
        TypeName rejectedMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
        TypeName unknown = ParameterizedTypeName.get(SortedSet.class, String.class);
        ClassName reason = ctx.rejected.nestedClass("Reason");
        TypeSpec reasons = TypeSpec.enumBuilder(reason).addModifiers(Modifier.PUBLIC)
                .addJavadoc("Why an answer could not be read; each is reported as the violation of the same code.\n")
                .addEnumConstant("TYPE", TypeSpec.anonymousClassBuilder("$S", "type")
                        .addJavadoc("Not of the question's type (a text for a number, a list for one value, ...).\n").build())
                .addEnumConstant("CHOICE", TypeSpec.anonymousClassBuilder("$S", "choice")
                        .addJavadoc("A code that is not one of the question's choices.\n").build())
                .addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "code")
                        .addStatement("this.code = code").build())
                .addMethod(MethodSpec.methodBuilder("code").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addJavadoc("@return the violation code it is reported as: {@code type} or {@code choice}\n")
                        .addStatement("return code").build())
                .build();
        TypeSpec rejected = TypeSpec.recordBuilder(ctx.rejected)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("An answer that could not be read as its question's type or choices.\n\n"
                        + "@param reason why it could not be read\n"
                        + "@param value the value as received, so that a form can show it again\n")
                .recordConstructor(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(reason, "reason").addParameter(Object.class, "value").build())
                .addType(reasons)
                .build();
        TypeSpec.Builder binding = ctx.topLevel(TypeSpec.recordBuilder(ctx.binding));
        if (ctx.options.jackson()) {
            binding.addAnnotation(JacksonEmitter.using("JsonDeserialize", new JacksonEmitter(ctx).bindingDeserializer()));
        }
        return binding
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(ctx.generated())
                .addJavadoc("What a binder read: the typed response, the answers it could not read, and the keys that name\n"
                        + "no question. Pass it to {@link $T#validate($T)} to get every violation.\n\n"
                        + "@param response the answers that could be read\n"
                        + "@param rejected the answers that could not, by question id\n"
                        + "@param unknownQuestions the keys that name no question, sorted\n", ctx.validator, ctx.binding)
                .recordConstructor(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A binding; the collections are copied, unmodifiable.\n\n@param response the answers that"
                                + " could be read\n@param rejected the answers that could not, by question id\n"
                                + "@param unknownQuestions the keys that name no question\n")
                        .addParameter(ctx.response, "response")
                        .addParameter(rejectedMap, "rejected")
                        .addParameter(unknown, "unknownQuestions")
                        .addStatement("$T.requireNonNull(response, $S)", Objects.class, "response")
                        .addComment("Empty (the usual case) costs no copy.")
                        .addStatement("rejected = rejected.isEmpty() ? $T.emptyMap() : $T.unmodifiableMap(new $T<>(rejected))",
                                Collections.class, Collections.class, LinkedHashMap.class)
                        .addStatement("unknownQuestions = unknownQuestions.isEmpty() ? $T.emptySortedSet()"
                                + " : $T.unmodifiableSortedSet(new $T<>(unknownQuestions))", Collections.class,
                                Collections.class, TreeSet.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addJavadoc("Like a record's, but the values that could not be read are masked for personal-data"
                                + " questions,\nas the response masks its answers.\n")
                        .addStatement("$T out = new $T($S).append(response).append($S)", StringBuilder.class,
                                StringBuilder.class, ctx.binding.simpleName() + "[response=", ", rejected={")
                        .addStatement("boolean first = true")
                        .beginControlFlow("for ($T entry : rejected.entrySet())", ParameterizedTypeName.get(
                                ClassName.get(Map.Entry.class), ClassName.get(String.class), ctx.rejected))
                        .addStatement("int index = $T.ALL.indexOf(entry.getKey())", ctx.questions)
                        .addStatement("out.append(first ? $S : $S).append(entry.getKey()).append('=')", "", ", ")
                        .addStatement("out.append(index >= 0 && $T.isPersonal(index) ? new $T(entry.getValue().reason(), $S)"
                                + " : entry.getValue())", ctx.response, ctx.rejected, "***")
                        .addStatement("first = false")
                        .endControlFlow()
                        .addStatement("return out.append($S).append(unknownQuestions).append(']').toString()",
                                "}, unknownQuestions=")
                        .build())
                .addType(rejected)
                .build();
    }

    /** The most questions whose ids {@code …Questions} has as constants. */
    static final int MAX_ID_CONSTANTS = 20_000;

    TypeSpec questions() {
        TypeSpec.Builder type = ctx.topLevel(TypeSpec.classBuilder(ctx.questions))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("The question ids of the survey $L, as constants and in definition order.\n",
                        JavaText.javadoc(ctx.survey.id()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        // Each constant costs three constant-pool entries, so a survey of more questions than
        // MAX_ID_CONSTANTS has ALL and contains() only (javac allows 65,535 entries per class).
        for (Question q : ctx.all.size() <= MAX_ID_CONSTANTS ? ctx.all : List.<Question>of()) {
            type.addField(FieldSpec.builder(String.class, ctx.names.constant(q), Modifier.PUBLIC, Modifier.STATIC,
                    Modifier.FINAL).addJavadoc("$L\n", ctx.questionLink(q)).initializer("$L", JavaText.literal(q.id())).build());
        }
        List<CodeBlock> parts = new ArrayList<>();
        for (int k = 0; k < ctx.parts.size(); k++) {
            parts.add(CodeBlock.of("$T.IDS", ctx.part(k)));
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "ALL", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every question id (notes included) in definition order.\n")
                .initializer("$T.of($T.concat($L))", List.class, ctx.support, CodeBlock.join(parts, ", ")).build());
        // Lower case: no question constant (all upper case) can take its name.
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "idSet", Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL).initializer("$T.copyOf(ALL)", Set.class).build());
        type.addMethod(MethodSpec.methodBuilder("contains").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class).addParameter(String.class, "id")
                .addJavadoc("@param id a question id\n@return whether the survey has a question with that id\n")
                .addStatement("return id != null && idSet.contains(id)").build());
        return type.build();
    }

    static String capitalize(String locale) {
        return locale.substring(0, 1).toUpperCase(Locale.ROOT) + locale.substring(1);
    }
}
