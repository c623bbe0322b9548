package dev.surveygen.javagen;

import dev.surveygen.model.ViolationCode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
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
import dev.surveygen.model.AnswerSpec;
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
                .addJavadoc("A response to the survey $L: immutable, one typed answer per question, null when unanswered\n"
                        + "(text is trimmed, a blank text or an empty selection is null). Build one with {@link #builder()};\n"
                        + "{@link #toString()} masks the answers to personal-data questions.\n", JavaText.javadoc(ctx.survey.id()))
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
                .addJavadoc("Builds a {@link $T} (from {@link $T#builder()}); setting null clears an answer.\n", ctx.response,
                        ctx.response)
                .addField(Object[].class, "values", Modifier.PRIVATE, Modifier.FINAL)
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
                    .addJavadoc("$L\n", ctx.questionDoc(q, "{@return the answer to ", "}") + ctx.when(q)
                            .map(when -> " Enabled when <code>" + JavaText.javadoc(when) + "</code>.").orElse(""));
            if (valueType instanceof ParameterizedTypeName) {
                // The cast from the answers array to a generic type (a selection) is unchecked.
                getter.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked")
                        .build());
            }
            annotateGetter(getter, q);
            type.addMethod(getter.addStatement("return ($T) values[$L]", valueType, slot(q)).build());
            CodeBlock store = q.answer().accept(new Stored());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name);
            builder.addMethod(setter
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ctx.builder)
                    .addParameter(ParameterSpec.builder(valueType, "value").build())
                    .addJavadoc("@param value the answer to $L, or null to clear it\n@return this builder\n",
                            ctx.questionLink(q))
                    .addStatement("return set$$($L, $L)", slot(q), store)
                    .build());
        }
        if (!ctx.all.stream().allMatch(ctx::alwaysEnabled)) {
            builder.addMethod(MethodSpec.methodBuilder("clear$").returns(boolean.class).addParameter(int.class, "index")
                    .addJavadoc("Clears an answer (the binder's dropping of disabled answers); whether there was one.\n")
                    .addStatement("boolean answered = values[index] != null")
                    .addStatement("values[index] = null")
                    .addStatement("return answered").build());
        }
        // '$' keeps its name from every question's setter.
        builder.addMethod(MethodSpec.methodBuilder("set$").addModifiers(Modifier.PRIVATE).returns(ctx.builder)
                .addParameter(int.class, "index").addParameter(Object.class, "value")
                .addStatement("values[index] = value").addStatement("return this").build());
        builder.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC)
                .addJavadoc("@return the response with the answers set so far\n")
                .returns(ctx.response).addStatement("return new $T(values.clone())", ctx.response).build());
        // Equality, hash and text are the runtime's, over the answers array (decimals numerically).
        type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(boolean.class).addParameter(Object.class, "other")
                .addStatement("return other instanceof $T that && $T.sameAnswers(values, that.values)", ctx.response,
                        ctx.support)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(int.class).addStatement("return $T.answersHash(values)", ctx.support).build());
        type.addMethod(MethodSpec.methodBuilder("isPersonal").addModifiers(Modifier.STATIC)
                .returns(boolean.class).addParameter(int.class, "index")
                .addJavadoc("Whether the question at {@code index} (definition order) is personal data, masked in logs.\n")
                .addStatement("return $T.binarySearch(PERSONAL, index) >= 0", Arrays.class).build());
        type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $T.describe($S, $T.ALL, values, PERSONAL)", ctx.support, ctx.response.simpleName(),
                        ctx.questions)
                .build());
        if (ctx.options.jackson()) {
            // Through the binder: exactly as strict as fromJson and check (see JacksonEmitter).
            JacksonEmitter jackson = new JacksonEmitter(ctx);
            type.addAnnotation(JacksonEmitter.using("JsonSerialize", jackson.responseSerializer()));
            type.addAnnotation(JacksonEmitter.using("JsonDeserialize", jackson.responseDeserializer()));
        }
        return type.addType(builder.build()).build();
    }

    /** What a setter stores: a text trimmed (null when blank), a selection in order (null when empty). */
    private final class Stored implements AnswerSpec.Visitor<CodeBlock> {
        @Override
        public CodeBlock visitNote(AnswerSpec.NoteSpec note) {
            throw new IllegalStateException("a note takes no answer");
        }

        @Override
        public CodeBlock visitYesNo(AnswerSpec.YesNoSpec yesNo) {
            return CodeBlock.of("value");
        }

        @Override
        public CodeBlock visitText(AnswerSpec.TextSpec text) {
            return CodeBlock.of("$T.text(value)", ctx.support);
        }

        @Override
        public CodeBlock visitChoice(AnswerSpec.ChoiceSpec choice) {
            return choice.multiple() ? CodeBlock.of("$T.choices(value)", ctx.support) : CodeBlock.of("value");
        }

        @Override
        public CodeBlock visitNumber(AnswerSpec.NumberSpec number) {
            return CodeBlock.of("value");
        }

        @Override
        public CodeBlock visitDate(AnswerSpec.DateSpec date) {
            return CodeBlock.of("value");
        }
    }

    /** The optional annotations of a getter: Bean Validation's bounds. */
    private void annotateGetter(MethodSpec.Builder getter, Question q) {
        if (!ctx.options.jakartaValidation()) {
            return;
        }
        String pkg = "jakarta.validation.constraints";
        q.answer().accept(new AnswerSpec.Visitor<Void>() {
            @Override
            public Void visitNote(AnswerSpec.NoteSpec note) {
                return null;
            }

            @Override
            public Void visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                return null;
            }

            @Override
            public Void visitText(AnswerSpec.TextSpec text) {
                size(text.minLength(), text.maxLength());
                return null;
            }

            @Override
            public Void visitChoice(AnswerSpec.ChoiceSpec choice) {
                if (choice.multiple()) {
                    size(choice.minSelections(), choice.maxSelections());
                }
                return null;
            }

            @Override
            public Void visitNumber(AnswerSpec.NumberSpec number) {
                if (number.integer()) {
                    number.min().ifPresent(min -> getter.addAnnotation(AnnotationSpec.builder(ClassName.get(pkg, "Min"))
                            .addMember("value", "$LL", min.longValueExact()).build()));
                    number.max().ifPresent(max -> getter.addAnnotation(AnnotationSpec.builder(ClassName.get(pkg, "Max"))
                            .addMember("value", "$LL", max.longValueExact()).build()));
                } else {
                    number.min().ifPresent(min -> getter.addAnnotation(AnnotationSpec.builder(ClassName.get(pkg, "DecimalMin"))
                            .addMember("value", "$S", min.toPlainString()).build()));
                    number.max().ifPresent(max -> getter.addAnnotation(AnnotationSpec.builder(ClassName.get(pkg, "DecimalMax"))
                            .addMember("value", "$S", max.toPlainString()).build()));
                }
                return null;
            }

            @Override
            public Void visitDate(AnswerSpec.DateSpec date) {
                return null;
            }

            private void size(java.util.Optional<Integer> min, java.util.Optional<Integer> max) {
                if (min.isPresent() || max.isPresent()) {
                    AnnotationSpec.Builder size = AnnotationSpec.builder(ClassName.get(pkg, "Size"));
                    min.ifPresent(m -> size.addMember("min", "$L", m));
                    max.ifPresent(m -> size.addMember("max", "$L", m));
                    getter.addAnnotation(size.build());
                }
            }
        });
    }

    List<TypeSpec> enums() {
        List<TypeSpec> out = new ArrayList<>();
        for (Map.Entry<ChoiceList, String> entry : ctx.names.enums()) {
            out.add(choiceEnum(entry.getKey(), ClassName.get(ctx.options.packageName(), entry.getValue())));
        }
        return out;
    }

    /**
     * One enum per choice list. The constants take no arguments: their codes and labels are one
     * table by ordinal (a row per choice), built by a small method, so that the class initialiser
     * holds only the constants themselves and a list of up to {@link JavaLimits#MAX_CHOICES}
     * choices compiles. The table and its method have lower-case names, which no choice code can
     * become.
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
        List<CodeBlock> rows = new ArrayList<>();
        for (Choice choice : choices) {
            List<CodeBlock> cells = new ArrayList<>();
            cells.add(CodeBlock.of("$L", JavaText.literal(choice.code())));
            for (String locale : locales) {
                cells.add(CodeBlock.of("$L", JavaText.literal(choice.label().in(locale, ctx.survey.defaultLocale()))));
            }
            rows.add(CodeBlock.of("{$L}", CodeBlock.join(cells, ", ")));
        }
        type.addField(ArrayTables.add(type, ArrayTypeName.of(String.class), "texts", "texts", "By ordinal: the code, then"
                + " the label in each of the survey's locales (" + String.join(", ", locales) + ").", rows));
        MethodSpec.Builder code = MethodSpec.methodBuilder("code").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("@return the stable code of this choice, as in the definition and in JSON\n")
                .addStatement("return texts[ordinal()][0]");
        if (ctx.options.jackson()) {
            code.addAnnotation(ClassName.get("com.fasterxml.jackson.annotation", "JsonValue"));
        }
        type.addMethod(code.build());
        type.addMethod(MethodSpec.methodBuilder("label").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addParameter(Locale.class, "locale")
                .addJavadoc("@param locale any locale\n@return the label in the survey's locale chosen as by {@link $T#message($T)}"
                        + " (else in $S)\n", ctx.violation, Locale.class, ctx.survey.defaultLocale())
                .addStatement("return texts[ordinal()][1 + $T.localeIndex($T.LOCALES, locale)]", ctx.support, ctx.violation)
                .build());
        // A flag that no choice of the list has would only ever say false: it is left out.
        if (list.choices().stream().anyMatch(Choice::exclusive)) {
            type.addMethod(MethodSpec.methodBuilder("isExclusive").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                    .addJavadoc("@return whether this choice cannot be selected with another\n")
                    .addCode(flag(type, list, "exclusive", Choice::exclusive)).build());
        }
        if (list.choices().stream().anyMatch(Choice::other)) {
            type.addMethod(MethodSpec.methodBuilder("isOther").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                    .addJavadoc("@return whether this is the \"other\" choice, specified by a separate text question\n")
                    .addCode(flag(type, list, "other", Choice::other)).build());
        }
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

    /** The most choices with a flag tested by comparison ({@code this == A || this == B}) rather than a table. */
    private static final int FLAG_COMPARISONS = 8;

    /**
     * The body of a flag's method: {@code false} when no choice has it, comparisons with the few
     * that have it, else a {@code boolean[]} by ordinal (a list may have thousands).
     */
    private CodeBlock flag(TypeSpec.Builder type, ChoiceList list, String name,
            java.util.function.Predicate<Choice> flag) {
        List<Choice> flagged = list.choices().stream().filter(flag).toList();
        if (flagged.size() <= FLAG_COMPARISONS) {
            return CodeBlock.of("return $L;\n", flagged.isEmpty() ? CodeBlock.of("false") : CodeBlock.join(flagged.stream()
                    .map(c -> CodeBlock.of("this == $N", ctx.names.enumConstant(list, c.code()))).toList(), " || "));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean[].class)
                .addStatement("boolean[] flags = new boolean[$L]", list.choices().size());
        for (int i = 0; i < list.choices().size(); i++) {
            if (flag.test(list.choices().get(i))) {
                method.addStatement("flags[$L] = true", i);
            }
        }
        type.addMethod(method.addStatement("return flags").build());
        type.addField(FieldSpec.builder(boolean[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$N()", name).build());
        return CodeBlock.of("return $N[ordinal()];\n", name);
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

    /**
     * The violation: a final class rather than a record, so that its shape does not change with
     * the survey's locales ({@code message(Locale)} reads a table by the declared locales).
     */
    TypeSpec violation() {
        ClassName code = ctx.violation.nestedClass("Code");
        TypeSpec.Builder codes = TypeSpec.enumBuilder(code).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The violation codes: the same in every survey, in JSON and in {@code surveygen check}.\n");
        for (ViolationCode c : ViolationCode.values()) {
            if (!c.code().equals(c.name().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                throw new IllegalStateException("the code of " + c.name() + " is not its name in lower case with hyphens");
            }
            codes.addEnumConstant(c.name(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("{@code $L}\n", c.code()).build());
        }
        codes.addMethod(MethodSpec.methodBuilder("code").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("@return the code as written in JSON: the name in lower case with hyphens, such as\n"
                        + "    {@code not-applicable}\n")
                .addStatement("return name().toLowerCase($T.ROOT).replace('_', '-')", Locale.class).build());
        String locales = CodeBlock.join(ctx.survey.locales().stream().map(l -> CodeBlock.of("$S", l)).toList(), ", ")
                .toString();
        ParameterizedTypeName messages = ParameterizedTypeName.get(List.class, String.class);
        return ctx.topLevel(TypeSpec.recordBuilder(ctx.violation))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(ctx.generated())
                .addJavadoc("One way in which a response breaks the survey's rules.\n\n"
                        + "@param question the question id (as in the definition, the form and JSON)\n"
                        + "@param code the violation code\n"
                        + "@param messages the message in each of the survey's locales, in their order ($L)\n",
                        String.join(", ", ctx.survey.locales()))
                .recordConstructor(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A violation; the messages are copied.\n\n@param question the question id\n@param code the"
                                + " violation code\n@param messages the message in each of the survey's locales, in their order\n"
                                + "@throws $T if an argument or a message is null\n@throws $T if there"
                                + " is not one message per locale\n", NullPointerException.class, IllegalArgumentException.class)
                        .addParameter(String.class, "question").addParameter(code, "code")
                        .addParameter(messages, "messages")
                        .addStatement("$T.requireNonNull(question, $S)", Objects.class, "question")
                        .addStatement("$T.requireNonNull(code, $S)", Objects.class, "code")
                        .addStatement("messages = $T.copyOf(messages)", List.class)
                        .beginControlFlow("if (messages.size() != LOCALES.length)")
                        .addStatement("throw new $T($S + $T.join($S, LOCALES) + $S)", IllegalArgumentException.class,
                                "one message per locale (", String.class, ", ", "), in that order")
                        .endControlFlow()
                        .build())
                .addType(codes.build())
                .addField(FieldSpec.builder(String[].class, "LOCALES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The survey's locales, the default first: the order of {@code messages} and of the labels.\n")
                        .initializer("{$L}", locales).build())
                .addMethod(MethodSpec.methodBuilder("message").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addParameter(Locale.class, "locale")
                        .addJavadoc("@param locale any locale\n@return the message in the declared locale of the same tag, else of the"
                                + " same language, else in $S\n", ctx.survey.defaultLocale())
                        .addStatement("return messages.get($T.localeIndex(LOCALES, locale))", ctx.support).build())
                .addMethod(MethodSpec.methodBuilder("message").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addParameter(String.class, "languageTag")
                        .addJavadoc("As {@link #message($T)}, for a BCP 47 tag such as {@code en} (templates pass a string).\n"
                                + "@param languageTag a language tag\n@return the message in that locale, as above\n", Locale.class)
                        .addStatement("return message($T.forLanguageTag(languageTag))", Locale.class).build())
                .build();
    }

    TypeSpec binding() {
        TypeName rejectedMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ctx.rejected);
        TypeName unknown = ParameterizedTypeName.get(SortedSet.class, String.class);
        ClassName code = ctx.violation.nestedClass("Code");
        TypeSpec rejected = TypeSpec.recordBuilder(ctx.rejected)
                .addModifiers(Modifier.PUBLIC) // a nested record is static
                .addJavadoc("An answer that could not be read as its question's type or choices.\n\n"
                        + "@param reason the violation it is reported as: {@link $T#CHOICE} for an unknown code of a choice"
                        + " question, else {@link $T#TYPE}\n"
                        + "@param value the value as received, so that a form can show it again\n", code, code)
                .recordConstructor(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(code, "reason").addParameter(Object.class, "value").build())
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
                        .addStatement("int index = $T.indexOf(entry.getKey())", ctx.questions)
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
                .addJavadoc("The question ids of the survey $L, as constants and in definition order, and whether each\n"
                        + "question is enabled for a response.\n", JavaText.javadoc(ctx.survey.id()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        // Each constant costs three constant-pool entries, so a survey of more questions than
        // MAX_ID_CONSTANTS has ALL, contains() and isEnabled() only (javac allows 65,535 entries per class).
        for (Question q : ctx.all.size() <= MAX_ID_CONSTANTS ? ctx.all : List.<Question>of()) {
            // When a question is enabled is said on its accessor, where a developer reads about its
            // answer; a note has no accessor, so its constant says it.
            String doc = ctx.questionLink(q) + ctx.when(q).filter(when -> !q.answer().takesAnswer())
                    .map(when -> ": enabled when <code>" + JavaText.javadoc(when) + "</code>").orElse("");
            type.addField(FieldSpec.builder(String.class, ctx.names.constant(q), Modifier.PUBLIC, Modifier.STATIC,
                    Modifier.FINAL).addJavadoc("$L\n", doc).initializer("$L", JavaText.literal(q.id())).build());
        }
        List<CodeBlock> parts = new ArrayList<>();
        for (int k = 0; k < ctx.parts.size(); k++) {
            parts.add(CodeBlock.of("$T.ids", ctx.part(k)));
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "ALL", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every question id (notes included) in definition order.\n")
                .initializer("$T.of($T.concat($L))", List.class, ctx.support, CodeBlock.join(parts, ", ")).build());
        // Lower case: no question constant (all upper case) can take its name.
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(Map.class, String.class, Integer.class), "indexes",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("$T.indexes(ALL)", ctx.support).build());
        type.addMethod(MethodSpec.methodBuilder("contains").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class).addParameter(String.class, "id")
                .addJavadoc("@param id a question id\n@return whether the survey has a question with that id\n")
                .addStatement("return id != null && indexes.containsKey(id)").build());
        type.addMethod(MethodSpec.methodBuilder("indexOf").addModifiers(Modifier.STATIC)
                .returns(int.class).addParameter(String.class, "id")
                .addJavadoc("The question's position in {@link #ALL}, or -1.\n")
                .addStatement("return indexes.getOrDefault(id, -1)").build());
        // Each part decides for its own questions, by position.
        CodeBlock.Builder dispatch = CodeBlock.builder()
                .addStatement("int i = indexOf(id)")
                .beginControlFlow("if (i < 0)")
                .addStatement("throw new $T($S + id + $S)", IllegalArgumentException.class, "no question '", "'")
                .endControlFlow();
        int start = 0;
        for (int k = 0; k < ctx.parts.size(); k++) {
            int end = start + ctx.parts.get(k).size();
            CodeBlock position = start == 0 ? CodeBlock.of("i") : CodeBlock.of("i - $L", start);
            if (k == ctx.parts.size() - 1) {
                dispatch.addStatement("return $T.enabled($L, response)", ctx.part(k), position);
            } else {
                dispatch.beginControlFlow("if (i < $L)", end)
                        .addStatement("return $T.enabled($L, response)", ctx.part(k), position).endControlFlow();
            }
            start = end;
        }
        type.addMethod(MethodSpec.methodBuilder("isEnabled").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class).addParameter(String.class, "id").addParameter(ctx.response, "response")
                .addJavadoc("Whether a question is enabled for a response: its section's condition and its own hold (its\n"
                        + "accessor, or a note's constant, says when); conditions read one that is not as unanswered.\n\n"
                        + "@param id a question id\n@param response a response\n@return whether the question is enabled\n"
                        + "@throws $T if the survey has no question with that id\n", IllegalArgumentException.class)
                .addCode(dispatch.build()).build());
        return type.build();
    }

    static String capitalize(String locale) {
        return locale.substring(0, 1).toUpperCase(Locale.ROOT) + locale.substring(1);
    }
}
