package dev.surveygen.javagen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * With {@code --jackson}: Jackson reads and writes responses through the generated binder, so it is
 * exactly as strict as {@code fromJson} and {@code surveygen check}. Its own data binding is not:
 * it coerces ({@code 3.7} to 3, {@code "3"} to 3, {@code "true"} to true), reads numbers as
 * doubles, keeps the last of two equal keys, and needs a module for dates. So a deserializer reads
 * the JSON tokens the way {@code check} reads text (numbers exact, duplicate keys and more than 64
 * levels refused) and hands the map to {@code fromJson}: reading a {@code …Binding} gives every
 * answer that cannot be read as a rejection for the validator, reading a {@code …Response} fails on
 * any. A serializer writes {@code toJson}. These are nested classes of the binder, named in the
 * annotations on the response and the binding.
 */
final class JacksonEmitter {

    private static final String CORE = "com.fasterxml.jackson.core";
    private static final String DATABIND = "com.fasterxml.jackson.databind";
    private static final ClassName PARSER = ClassName.get(CORE, "JsonParser");
    private static final ClassName TOKEN = ClassName.get(CORE, "JsonToken");
    private static final ClassName GENERATOR = ClassName.get(CORE, "JsonGenerator");
    private static final ClassName PARSE_EXCEPTION = ClassName.get(CORE, "JsonParseException");
    private static final ClassName MAPPING_EXCEPTION = ClassName.get(DATABIND, "JsonMappingException");
    private static final ClassName DESERIALIZER = ClassName.get(DATABIND, "JsonDeserializer");
    private static final ClassName SERIALIZER = ClassName.get(DATABIND, "JsonSerializer");
    private static final ClassName CONTEXT = ClassName.get(DATABIND, "DeserializationContext");
    private static final ClassName PROVIDER = ClassName.get(DATABIND, "SerializerProvider");

    /** The deepest nesting {@code check} reads (its JSON reader's limit). */
    private static final int MAX_DEPTH = 64;

    private final GenerationContext ctx;

    JacksonEmitter(GenerationContext ctx) {
        this.ctx = ctx;
    }

    ClassName bindingDeserializer() {
        return ctx.binder.nestedClass("BindingDeserializer");
    }

    ClassName responseDeserializer() {
        return ctx.binder.nestedClass("ResponseDeserializer");
    }

    ClassName responseSerializer() {
        return ctx.binder.nestedClass("ResponseSerializer");
    }

    /** {@code @JsonDeserialize(using = …)} or {@code @JsonSerialize(using = …)}. */
    static AnnotationSpec using(String annotation, ClassName type) {
        return AnnotationSpec.builder(ClassName.get(DATABIND + ".annotation", annotation))
                .addMember("using", "$T.class", type).build();
    }

    void addTo(TypeSpec.Builder binder) {
        TypeName object = ParameterizedTypeName.get(Map.class, String.class, Object.class);
        binder.addMethod(MethodSpec.methodBuilder("jsonObject").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(object).addParameter(PARSER, "parser").addException(IOException.class)
                .addJavadoc("The response object the parser stands at, read as {@code surveygen check} reads JSON.\n")
                .beginControlFlow("if (parser.currentToken() != $T.START_OBJECT)", TOKEN)
                .addStatement("throw new $T(parser, $S)", PARSE_EXCEPTION,
                        "a response is a JSON object from question id to answer")
                .endControlFlow()
                .addStatement("return jsonObject(parser, 0)")
                .build());
        binder.addMethod(MethodSpec.methodBuilder("jsonObject").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(object).addParameter(PARSER, "parser").addParameter(int.class, "depth")
                .addException(IOException.class)
                .addStatement("$T object = new $T<>()", object, LinkedHashMap.class)
                .beginControlFlow("while (parser.nextToken() == $T.FIELD_NAME)", TOKEN)
                .addStatement("$T key = parser.currentName()", String.class)
                .addStatement("parser.nextToken()")
                .beginControlFlow("if (object.containsKey(key))")
                .addStatement("throw new $T(parser, $S + key + $S)", PARSE_EXCEPTION, "duplicate key \"", "\"")
                .endControlFlow()
                .addStatement("object.put(key, jsonValue(parser, depth + 1))")
                .endControlFlow()
                .addStatement("return object")
                .build());
        binder.addMethod(MethodSpec.methodBuilder("jsonValue").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object.class).addParameter(PARSER, "parser").addParameter(int.class, "depth")
                .addException(IOException.class)
                .addJavadoc("A value as {@code check} reads it: numbers exact, at most $L levels deep.\n", MAX_DEPTH)
                .beginControlFlow("if (depth > $L)", MAX_DEPTH)
                .addStatement("throw new $T(parser, $S)", PARSE_EXCEPTION, "JSON nested more than " + MAX_DEPTH
                        + " levels deep")
                .endControlFlow()
                .addStatement("$T token = parser.currentToken()", TOKEN)
                .beginControlFlow("if (token == $T.START_OBJECT)", TOKEN)
                .addStatement("return jsonObject(parser, depth)")
                .nextControlFlow("else if (token == $T.START_ARRAY)", TOKEN)
                .addStatement("$T array = new $T<>()", ParameterizedTypeName.get(List.class, Object.class), ArrayList.class)
                .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", TOKEN)
                .addStatement("array.add(jsonValue(parser, depth + 1))")
                .endControlFlow()
                .addStatement("return array")
                .nextControlFlow("else if (token == $T.VALUE_STRING)", TOKEN)
                .addStatement("return parser.getText()")
                .nextControlFlow("else if (token == $T.VALUE_NUMBER_INT || token == $T.VALUE_NUMBER_FLOAT)", TOKEN, TOKEN)
                .addStatement("return parser.getDecimalValue()")
                .nextControlFlow("else if (token == $T.VALUE_TRUE || token == $T.VALUE_FALSE)", TOKEN, TOKEN)
                .addStatement("return token == $T.VALUE_TRUE", TOKEN)
                .nextControlFlow("else if (token == $T.VALUE_NULL)", TOKEN)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("throw new $T(parser, $S + token)", PARSE_EXCEPTION, "unexpected ")
                .build());

        binder.addType(TypeSpec.classBuilder(bindingDeserializer())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(DESERIALIZER, ctx.binding))
                .addJavadoc("Jackson reads a {@link $T} with {@link $T#fromJson($T)}: answers that cannot be read"
                        + " become rejections,\nas with {@code surveygen check}; malformed JSON and duplicate keys are"
                        + " errors.\n", ctx.binding, ctx.binder, Map.class)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Called by Jackson.\n").build())
                .addMethod(MethodSpec.methodBuilder("deserialize").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(ctx.binding)
                        .addParameter(PARSER, "parser").addParameter(CONTEXT, "context").addException(IOException.class)
                        .addStatement("return fromJson(jsonObject(parser))").build())
                .build());

        binder.addType(TypeSpec.classBuilder(responseDeserializer())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(DESERIALIZER, ctx.response))
                .addJavadoc("Jackson reads a {@link $T} with {@link $T#fromJson($T)}, and fails if any answer cannot be"
                        + " read or any\nkey names no question (read a {@link $T} to validate those).\n",
                        ctx.response, ctx.binder, Map.class, ctx.binding)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Called by Jackson.\n").build())
                .addMethod(MethodSpec.methodBuilder("deserialize").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(ctx.response)
                        .addParameter(PARSER, "parser").addParameter(CONTEXT, "context").addException(IOException.class)
                        .addStatement("$T binding = fromJson(jsonObject(parser))", ctx.binding)
                        .beginControlFlow("if (binding.rejected().isEmpty() && binding.unknownQuestions().isEmpty())")
                        .addStatement("return binding.response()")
                        .endControlFlow()
                        .addStatement("$T problems = new $T($S)", StringBuilder.class, StringBuilder.class,
                                "the response has ")
                        .beginControlFlow("if (!binding.rejected().isEmpty())")
                        .addStatement("problems.append($S)", "answers that cannot be read: ")
                        .addStatement("boolean first = true")
                        .beginControlFlow("for ($T rejected : binding.rejected().entrySet())", ParameterizedTypeName.get(
                                ClassName.get(Map.Entry.class), ClassName.get(String.class), ctx.rejected))
                        .addStatement("problems.append(first ? $S : $S).append(rejected.getKey()).append($S)"
                                + ".append(rejected.getValue().reason().code()).append(')')", "", ", ", " (")
                        .addStatement("first = false")
                        .endControlFlow()
                        .addStatement("problems.append(binding.unknownQuestions().isEmpty() ? $S : $S)", "", ", and ")
                        .endControlFlow()
                        .beginControlFlow("if (!binding.unknownQuestions().isEmpty())")
                        .addStatement("problems.append($S).append($T.join($S, binding.unknownQuestions()))",
                                "keys that name no question: ", String.class, ", ")
                        .endControlFlow()
                        .addStatement("throw $T.from(parser, problems.append($S).toString())", MAPPING_EXCEPTION,
                                "; read it as " + ctx.binding.simpleName() + " to validate it")
                        .build())
                .build());

        TypeName codes = ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class));
        binder.addType(TypeSpec.classBuilder(responseSerializer())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(SERIALIZER, ctx.response))
                .addJavadoc("Jackson writes a {@link $T} as {@link $T#toJson($T)} does.\n", ctx.response, ctx.binder,
                        ctx.response)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Called by Jackson.\n").build())
                .addMethod(MethodSpec.methodBuilder("serialize").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).addParameter(ctx.response, "response")
                        .addParameter(GENERATOR, "generator").addParameter(PROVIDER, "provider")
                        .addException(IOException.class)
                        .addStatement("generator.writeStartObject()")
                        .beginControlFlow("for ($T answer : toJson(response).entrySet())", ParameterizedTypeName.get(
                                ClassName.get(Map.Entry.class), ClassName.get(String.class), ClassName.get(Object.class)))
                        .addStatement("generator.writeFieldName(answer.getKey())")
                        .addStatement("$T value = answer.getValue()", Object.class)
                        .beginControlFlow("if (value instanceof $T yesNo)", Boolean.class)
                        .addStatement("generator.writeBoolean(yesNo)")
                        .nextControlFlow("else if (value instanceof $T integer)", Integer.class)
                        .addStatement("generator.writeNumber(integer)")
                        .nextControlFlow("else if (value instanceof $T decimal)", BigDecimal.class)
                        .addStatement("generator.writeNumber(decimal)")
                        .nextControlFlow("else if (value instanceof $T list)", codes)
                        .addStatement("generator.writeStartArray()")
                        .beginControlFlow("for ($T code : list)", Object.class)
                        .addStatement("generator.writeString(($T) code)", String.class)
                        .endControlFlow()
                        .addStatement("generator.writeEndArray()")
                        .nextControlFlow("else")
                        .addStatement("generator.writeString(($T) value)", String.class)
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("generator.writeEndObject()")
                        .build())
                .build());
    }
}
