package dev.surveygen.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.surveygen.model.DigitPolicy;
import dev.surveygen.numbers.NumberLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The package-private helpers of the generated code: trimming (JavaScript's trim set), reading form
 * strings under the survey's digit policy, strict JSON numbers and dates. They restate
 * {@link dev.surveygen.semantics.SurveyText}, {@link dev.surveygen.semantics.FormValues} and
 * {@link dev.surveygen.semantics.AnswerReader}; the differential tests hold them equal.
 */
final class SupportEmitter {

    private final GenerationContext ctx;

    SupportEmitter(GenerationContext ctx) {
        this.ctx = ctx;
    }

    TypeSpec emit() {
        TypeVariableName e = TypeVariableName.get("E", ParameterizedTypeName.get(ClassName.get(Enum.class),
                TypeVariableName.get("E")));
        TypeVariableName t = TypeVariableName.get("T");
        TypeName stringList = ParameterizedTypeName.get(List.class, String.class);
        return ctx.topLevel(TypeSpec.classBuilder(ctx.support))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("Helpers shared by the generated classes of this survey.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(boolean.class, "NFKC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Whether full-width digits are normalised (true) or rejected (false).\n")
                        .initializer("$L", ctx.survey.digitPolicy() == DigitPolicy.NFKC).build())
                .addField(pattern("INTEGER", "[+-]?[0-9]+"))
                .addField(pattern("DECIMAL", "[+-]?[0-9]+(\\.[0-9]+)?"))
                .addField(pattern("FULL_WIDTH_NUMBER", "[0-9+\\-.\uFF10-\uFF19\uFF0B\uFF0D\uFF0E]*"))
                .addField(pattern("ISO_DATE_SHAPE", "[0-9]{4}-[0-9]{2}-[0-9]{2}"))
                .addField(FieldSpec.builder(DateTimeFormatter.class, "ISO_DATE", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.ofPattern($S).withResolverStyle($T.STRICT)", DateTimeFormatter.class,
                        "uuuu-MM-dd", ResolverStyle.class).build())
                .addMethod(MethodSpec.methodBuilder("isTrimmed").addModifiers(Modifier.STATIC).returns(boolean.class)
                        .addParameter(char.class, "c")
                        .addJavadoc("JavaScript's {@code String.prototype.trim} set.\n")
                        .addStatement("return c == '\\t' || c == '\\n' || c == '\\u000B' || c == '\\f' || c == '\\r' || c == ' '"
                                + " || c == '\\u00A0' || c == '\\u1680' || (c >= '\\u2000' && c <= '\\u200A') || c == '\\u2028'"
                                + " || c == '\\u2029' || c == '\\u202F' || c == '\\u205F' || c == '\\u3000' || c == '\\uFEFF'")
                        .build())
                .addMethod(MethodSpec.methodBuilder("trim").addModifiers(Modifier.STATIC).returns(String.class)
                        .addParameter(String.class, "s")
                        .addStatement("int start = 0")
                        .addStatement("int end = s.length()")
                        .beginControlFlow("while (start < end && isTrimmed(s.charAt(start)))").addStatement("start++")
                        .endControlFlow()
                        .beginControlFlow("while (end > start && isTrimmed(s.charAt(end - 1)))").addStatement("end--")
                        .endControlFlow()
                        .addStatement("return start == 0 && end == s.length() ? s : s.substring(start, end)").build())
                .addMethod(MethodSpec.methodBuilder("isBlank").addModifiers(Modifier.STATIC).returns(boolean.class)
                        .addParameter(String.class, "s")
                        .beginControlFlow("for (int i = 0; i < s.length(); i++)")
                        .beginControlFlow("if (!isTrimmed(s.charAt(i)))").addStatement("return false").endControlFlow()
                        .endControlFlow()
                        .addStatement("return true").build())
                .addMethod(MethodSpec.methodBuilder("text").addModifiers(Modifier.STATIC).returns(String.class)
                        .addParameter(String.class, "value")
                        .addJavadoc("A text answer as stored: trimmed, and null when blank.\n")
                        .addStatement("return value == null || isBlank(value) ? null : trim(value)").build())
                .addMethod(MethodSpec.methodBuilder("choices").addModifiers(Modifier.STATIC).addTypeVariable(e)
                        .returns(ParameterizedTypeName.get(ClassName.get(Set.class), e))
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), e), "value")
                        .addJavadoc("A selection as stored: in definition order, unmodifiable, and null when empty.\n")
                        .addStatement("return value == null || value.isEmpty() ? null : $T.unmodifiableSet($T.copyOf(value))",
                                Collections.class, EnumSet.class).build())
                .addMethod(MethodSpec.methodBuilder("formValues").addModifiers(Modifier.STATIC).returns(stringList)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                                WildcardTypeName.subtypeOf(stringList)), "form")
                        .addParameter(String.class, "name")
                        .addJavadoc("The non-blank values of a form parameter, trimmed.\n")
                        .addStatement("$T raw = form.get(name)", stringList)
                        .beginControlFlow("if (raw == null || raw.isEmpty())").addStatement("return $T.of()", List.class)
                        .endControlFlow()
                        .addStatement("$T values = new $T<>(raw.size())", stringList, ArrayList.class)
                        .beginControlFlow("for ($T value : raw)", String.class)
                        .beginControlFlow("if (value != null && !isBlank(value))").addStatement("values.add(trim(value))")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return values").build())
                .addMethod(MethodSpec.methodBuilder("formYesNo").addModifiers(Modifier.STATIC).returns(Boolean.class)
                        .addParameter(String.class, "value")
                        .addStatement("return value.equals($S) ? $T.TRUE : value.equals($S) ? $T.FALSE : null", "yes",
                                Boolean.class, "no", Boolean.class).build())
                .addMethod(MethodSpec.methodBuilder("normalise").addModifiers(Modifier.STATIC).returns(String.class)
                        .addParameter(String.class, "value")
                        .addJavadoc("NFKC for full-width digits and signs only; anything else is left to be rejected.\n")
                        .addStatement("return NFKC && FULL_WIDTH_NUMBER.matcher(value).matches() ? $T.normalize(value, $T.Form.NFKC)"
                                + " : value", Normalizer.class, Normalizer.class).build())
                .addMethod(MethodSpec.methodBuilder("formInteger").addModifiers(Modifier.STATIC).returns(Integer.class)
                        .addParameter(String.class, "value")
                        .addStatement("$T digits = normalise(value)", String.class)
                        .beginControlFlow("if (!INTEGER.matcher(digits).matches() || !fits(digits))").addStatement("return null")
                        .endControlFlow()
                        .addStatement("return integer(new $T(digits.startsWith($S) ? digits.substring(1) : digits))",
                                BigDecimal.class, "+").build())
                .addMethod(MethodSpec.methodBuilder("formDecimal").addModifiers(Modifier.STATIC).returns(BigDecimal.class)
                        .addParameter(String.class, "value")
                        .addStatement("$T digits = normalise(value)", String.class)
                        .beginControlFlow("if (!DECIMAL.matcher(digits).matches() || !fits(digits))").addStatement("return null")
                        .endControlFlow()
                        .addStatement("return new $T(digits.startsWith($S) ? digits.substring(1) : digits)", BigDecimal.class, "+")
                        .build())
                .addMethod(MethodSpec.methodBuilder("formDate").addModifiers(Modifier.STATIC).returns(LocalDate.class)
                        .addParameter(String.class, "value")
                        .addStatement("return isoDate(normalise(value))").build())
                .addMethod(MethodSpec.methodBuilder("isoDate").addModifiers(Modifier.STATIC).returns(LocalDate.class)
                        .addParameter(String.class, "value")
                        .beginControlFlow("if (!ISO_DATE_SHAPE.matcher(value).matches())").addStatement("return null")
                        .endControlFlow()
                        .beginControlFlow("try").addStatement("return $T.parse(value, ISO_DATE)", LocalDate.class)
                        .nextControlFlow("catch ($T e)", DateTimeParseException.class).addStatement("return null")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("jsonDecimal").addModifiers(Modifier.STATIC).returns(BigDecimal.class)
                        .addParameter(Object.class, "raw")
                        .addJavadoc("A JSON number of any Java representation within the digit limits; null for anything"
                                + " else, strings included.\n")
                        .addStatement("$T number = null", BigDecimal.class)
                        .beginControlFlow("if (raw instanceof $T d)", BigDecimal.class).addStatement("number = d")
                        .nextControlFlow("else if (raw instanceof $T || raw instanceof $T || raw instanceof $T"
                                + " || raw instanceof $T)", Integer.class, Long.class, Short.class, Byte.class)
                        .addStatement("number = $T.valueOf((($T) raw).longValue())", BigDecimal.class, Number.class)
                        .nextControlFlow("else if (raw instanceof $T i)", BigInteger.class)
                        .addStatement("number = new $T(i)", BigDecimal.class)
                        .nextControlFlow("else if (raw instanceof $T || raw instanceof $T)", Double.class, Float.class)
                        .addStatement("double d = (($T) raw).doubleValue()", Number.class)
                        .addStatement("number = $T.isFinite(d) ? $T.valueOf(d) : null", Double.class, BigDecimal.class)
                        .endControlFlow()
                        .addStatement("return number != null && fits(number) ? number : null").build())
                .addMethod(MethodSpec.methodBuilder("fits").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class).addParameter(BigDecimal.class, "number")
                        .addJavadoc("At most $L digits before the point (leading zeros aside) and $L after it, decided"
                                + " without arithmetic,\nwhich would take time quadratic in the digits.\n",
                                NumberLimits.MAX_INTEGER_DIGITS, NumberLimits.MAX_FRACTION_DIGITS)
                        .beginControlFlow("if (number.scale() > $L)", NumberLimits.MAX_FRACTION_DIGITS)
                        .addStatement("return false").endControlFlow()
                        .beginControlFlow("if (number.signum() == 0)").addStatement("return true").endControlFlow()
                        .addComment("more than 60 digits (2^200 > 10^60), of which at most $L can follow the point",
                                NumberLimits.MAX_FRACTION_DIGITS)
                        .beginControlFlow("if (number.unscaledValue().bitLength() > 200)")
                        .addStatement("return false").endControlFlow()
                        .addStatement("return (long) number.precision() - number.scale() <= $L",
                                NumberLimits.MAX_INTEGER_DIGITS).build())
                .addMethod(MethodSpec.methodBuilder("fits").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class).addParameter(String.class, "digits")
                        .addJavadoc("The same limits for digits that match {@code INTEGER} or {@code DECIMAL}, counted.\n")
                        .addStatement("int i = digits.startsWith($S) || digits.startsWith($S) ? 1 : 0", "+", "-")
                        .beginControlFlow("while (i < digits.length() - 1 && digits.charAt(i) == '0'"
                                + " && digits.charAt(i + 1) != '.')")
                        .addStatement("i++").endControlFlow()
                        .addStatement("int point = digits.indexOf('.', i)")
                        .addStatement("int before = (point < 0 ? digits.length() : point) - i"
                                + " - (digits.charAt(i) == '0' ? 1 : 0)")
                        .addStatement("int after = point < 0 ? 0 : digits.length() - point - 1")
                        .addStatement("return before <= $L && after <= $L", NumberLimits.MAX_INTEGER_DIGITS,
                                NumberLimits.MAX_FRACTION_DIGITS).build())
                .addMethod(MethodSpec.methodBuilder("jsonInteger").addModifiers(Modifier.STATIC).returns(Integer.class)
                        .addParameter(Object.class, "raw")
                        .addStatement("$T number = jsonDecimal(raw)", BigDecimal.class)
                        .addStatement("return number == null ? null : integer(number)").build())
                .addMethod(MethodSpec.methodBuilder("integer").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(Integer.class).addParameter(BigDecimal.class, "number")
                        .addJavadoc("A whole number within 32 bits, or null; {@code number} is within the digit limits.\n")
                        .beginControlFlow("if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0)")
                        .addStatement("return null").endControlFlow()
                        .beginControlFlow("if (number.compareTo($T.valueOf($T.MIN_VALUE)) < 0"
                                + " || number.compareTo($T.valueOf($T.MAX_VALUE)) > 0)", BigDecimal.class, Integer.class,
                                BigDecimal.class, Integer.class)
                        .addStatement("return null").endControlFlow()
                        .addStatement("return number.intValueExact()").build())
                .addMethod(MethodSpec.methodBuilder("add").addModifiers(Modifier.STATIC).addTypeVariable(t)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), t))
                        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), t), "out")
                        .addParameter(t, "item")
                        .addJavadoc("Appends to a list that is created on the first violation only.\n")
                        .addStatement("$T list = out == null ? new $T<>() : out",
                                ParameterizedTypeName.get(ClassName.get(List.class), t), ArrayList.class)
                        .addStatement("list.add(item)")
                        .addStatement("return list").build())
                .addMethod(MethodSpec.methodBuilder("concat").addModifiers(Modifier.STATIC).returns(String[].class)
                        .addParameter(String[][].class, "parts").varargs()
                        .addStatement("int size = 0")
                        .beginControlFlow("for ($T[] part : parts)", String.class).addStatement("size += part.length")
                        .endControlFlow()
                        .addStatement("$T[] all = new $T[size]", String.class, String.class)
                        .addStatement("int at = 0")
                        .beginControlFlow("for ($T[] part : parts)", String.class)
                        .addStatement("$T.arraycopy(part, 0, all, at, part.length)", System.class)
                        .addStatement("at += part.length")
                        .endControlFlow()
                        .addStatement("return all").build())
                .build();
    }

    private static FieldSpec pattern(String name, String regex) {
        return FieldSpec.builder(Pattern.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.compile($S)", Pattern.class, regex).build();
    }
}
