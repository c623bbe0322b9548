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
import java.time.DateTimeException;
import java.time.LocalDate;
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
        TypeName formMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                WildcardTypeName.subtypeOf(Object.class));
        return ctx.topLevel(TypeSpec.classBuilder(ctx.support))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(ctx.generated())
                .addJavadoc("Helpers shared by the generated classes of this survey.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(boolean.class, "NFKC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Whether full-width digits are normalised (true) or rejected (false).\n")
                        .initializer("$L", ctx.survey.digitPolicy() == DigitPolicy.NFKC).build())
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
                .addMethod(MethodSpec.methodBuilder("formValue").addModifiers(Modifier.STATIC).returns(Object.class)
                        .addParameter(formMap, "form")
                        .addParameter(String.class, "name")
                        .addJavadoc("The answer of a form parameter whose values are a {@code List<String>} or (from a servlet)\n"
                                + "a {@code String[]}: null when every value is blank, the one non-blank value trimmed, or the\n"
                                + "list of the non-blank values trimmed when there are several. Allocates only for several.\n")
                        .addStatement("$T raw = form.get(name)", Object.class)
                        .beginControlFlow("if (raw instanceof $T[] array)", String.class)
                        .addStatement("return formValue(array, null)")
                        .endControlFlow()
                        .beginControlFlow("if (raw instanceof $T<?> list)", List.class)
                        .addStatement("return formValue(null, list)")
                        .endControlFlow()
                        .addStatement("return null")
                        .build())
                .addMethod(MethodSpec.methodBuilder("formValue").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(Object.class)
                        .addParameter(String[].class, "array")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class)),
                                "list")
                        .addStatement("int size = array != null ? array.length : list.size()")
                        .addStatement("$T single = null", String.class)
                        .addStatement("int count = 0")
                        .beginControlFlow("for (int i = 0; i < size; i++)")
                        .addStatement("$T value = array != null ? array[i] : list.get(i)", Object.class)
                        .beginControlFlow("if (value instanceof $T text && !isBlank(text))", String.class)
                        .addStatement("count++")
                        .addStatement("single = single == null ? text : single")
                        .endControlFlow()
                        .endControlFlow()
                        .beginControlFlow("if (count <= 1)")
                        .addStatement("return single == null ? null : trim(single)")
                        .endControlFlow()
                        .addStatement("return formValues(array, list)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("formValues").addModifiers(Modifier.STATIC).returns(stringList)
                        .addParameter(formMap, "form")
                        .addParameter(String.class, "name")
                        .addJavadoc("The non-blank values of a form parameter ({@code List<String>} or {@code String[]}), trimmed.\n")
                        .addStatement("$T raw = form.get(name)", Object.class)
                        .addStatement("return formValues(raw instanceof $T[] array ? array : null,"
                                + " raw instanceof $T<?> list ? list : null)", String.class, List.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("formValues").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(stringList)
                        .addParameter(String[].class, "array")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class)),
                                "list")
                        .addStatement("int size = array != null ? array.length : list != null ? list.size() : 0")
                        .addStatement("$T values = new $T<>(size)", stringList, ArrayList.class)
                        .beginControlFlow("for (int i = 0; i < size; i++)")
                        .addStatement("$T value = array != null ? array[i] : list.get(i)", Object.class)
                        .beginControlFlow("if (value instanceof $T text && !isBlank(text))", String.class)
                        .addStatement("values.add(trim(text))")
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
                        .addStatement("return NFKC && isFullWidthNumber(value) ? $T.normalize(value, $T.Form.NFKC) : value",
                                Normalizer.class, Normalizer.class).build())
                .addMethod(MethodSpec.methodBuilder("isFullWidthNumber").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class).addParameter(String.class, "s")
                        .addJavadoc("{@code [0-9+\\-.\uFF10-\uFF19\uFF0B\uFF0D\uFF0E]*} with at least one full-width character:\n"
                                + "NFKC leaves the others as they are, so only then is there anything to normalise.\n")
                        .addStatement("boolean wide = false")
                        .beginControlFlow("for (int i = 0; i < s.length(); i++)")
                        .addStatement("char c = s.charAt(i)")
                        .beginControlFlow("if (!(isDigit(c) || c == '+' || c == '-' || c == '.' || (c >= '\\uFF10' && c <= '\\uFF19')"
                                + " || c == '\\uFF0B' || c == '\\uFF0D' || c == '\\uFF0E'))")
                        .addStatement("return false").endControlFlow()
                        .addStatement("wide |= c > '\\u007F'")
                        .endControlFlow()
                        .addStatement("return wide").build())
                .addMethod(MethodSpec.methodBuilder("isDigit").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class).addParameter(char.class, "c")
                        .addStatement("return c >= '0' && c <= '9'").build())
                .addMethod(MethodSpec.methodBuilder("digits").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(int.class).addParameter(String.class, "s").addParameter(int.class, "from")
                        .addJavadoc("The end of the run of ASCII digits that starts at {@code from}.\n")
                        .addStatement("int i = from")
                        .beginControlFlow("while (i < s.length() && isDigit(s.charAt(i)))").addStatement("i++").endControlFlow()
                        .addStatement("return i").build())
                .addMethod(MethodSpec.methodBuilder("signLength").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(int.class).addParameter(String.class, "s")
                        .addStatement("return !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0").build())
                .addMethod(MethodSpec.methodBuilder("isInteger").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class).addParameter(String.class, "s")
                        .addJavadoc("{@code [+-]?[0-9]+}, without a regular expression to compile.\n")
                        .addStatement("int start = signLength(s)")
                        .addStatement("int end = digits(s, start)")
                        .addStatement("return end > start && end == s.length()").build())
                .addMethod(MethodSpec.methodBuilder("isDecimal").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class).addParameter(String.class, "s")
                        .addJavadoc("{@code [+-]?[0-9]+(\\.[0-9]+)?}, without a regular expression to compile.\n")
                        .addStatement("int start = signLength(s)")
                        .addStatement("int end = digits(s, start)")
                        .beginControlFlow("if (end == start)").addStatement("return false").endControlFlow()
                        .beginControlFlow("if (end == s.length())").addStatement("return true").endControlFlow()
                        .addStatement("int fraction = end + 1")
                        .addStatement("return s.charAt(end) == '.' && digits(s, fraction) > fraction"
                                + " && digits(s, fraction) == s.length()").build())
                .addMethod(MethodSpec.methodBuilder("formInteger").addModifiers(Modifier.STATIC).returns(Integer.class)
                        .addParameter(String.class, "value")
                        .addStatement("$T digits = normalise(value)", String.class)
                        .beginControlFlow("if (!isInteger(digits) || !fits(digits))").addStatement("return null").endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("return $T.parseInt(digits)", Integer.class)
                        .nextControlFlow("catch ($T e)", NumberFormatException.class)
                        .addComment("more than 32 bits (but at most 30 digits: parsing is cheap)")
                        .addStatement("return null")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("formDecimal").addModifiers(Modifier.STATIC).returns(BigDecimal.class)
                        .addParameter(String.class, "value")
                        .addStatement("$T digits = normalise(value)", String.class)
                        .beginControlFlow("if (!isDecimal(digits) || !fits(digits))").addStatement("return null").endControlFlow()
                        .addStatement("return new $T(digits.startsWith($S) ? digits.substring(1) : digits)", BigDecimal.class, "+")
                        .build())
                .addMethod(MethodSpec.methodBuilder("formDate").addModifiers(Modifier.STATIC).returns(LocalDate.class)
                        .addParameter(String.class, "value")
                        .addStatement("return isoDate(normalise(value))").build())
                .addMethod(MethodSpec.methodBuilder("isoDate").addModifiers(Modifier.STATIC).returns(LocalDate.class)
                        .addParameter(String.class, "value")
                        .addJavadoc("{@code uuuu-MM-dd}, a real date, read strictly: no regular expression or formatter to build.\n")
                        .beginControlFlow("if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-'"
                                + " || digits(value, 0) != 4 || digits(value, 5) != 7 || digits(value, 8) != 10)")
                        .addStatement("return null").endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("return $T.of($T.parseInt(value, 0, 4, 10), $T.parseInt(value, 5, 7, 10),"
                                + " $T.parseInt(value, 8, 10, 10))", LocalDate.class, Integer.class, Integer.class, Integer.class)
                        .nextControlFlow("catch ($T e)", DateTimeException.class).addStatement("return null")
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
                        .addJavadoc("The same limits for digits that {@code isInteger} or {@code isDecimal} accepted, counted.\n")
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
                        .beginControlFlow("if (raw instanceof $T i)", Integer.class).addStatement("return i").endControlFlow()
                        .beginControlFlow("if (raw instanceof $T || raw instanceof $T || raw instanceof $T)", Long.class,
                                Short.class, Byte.class)
                        .addStatement("long value = (($T) raw).longValue()", Number.class)
                        .addStatement("return value >= $T.MIN_VALUE && value <= $T.MAX_VALUE ? (int) value : null",
                                Integer.class, Integer.class)
                        .endControlFlow()
                        .addStatement("$T number = jsonDecimal(raw)", BigDecimal.class)
                        .addStatement("return number == null ? null : integer(number)").build())
                .addMethod(MethodSpec.methodBuilder("integer").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(Integer.class).addParameter(BigDecimal.class, "number")
                        .addJavadoc("A whole number within 32 bits, or null; {@code number} is within the digit limits.\n")
                        .beginControlFlow("try")
                        .addStatement("return number.intValueExact()")
                        .nextControlFlow("catch ($T e)", ArithmeticException.class)
                        .addComment("a fraction, or more than 32 bits")
                        .addStatement("return null")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("add").addModifiers(Modifier.STATIC).addTypeVariable(t)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), t))
                        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), t), "out")
                        .addParameter(t, "item")
                        .addJavadoc("Appends to a list that is created on the first violation only.\n")
                        .addStatement("$T list = out == null ? new $T<>() : out",
                                ParameterizedTypeName.get(ClassName.get(List.class), t), ArrayList.class)
                        .addStatement("list.add(item)")
                        .addStatement("return list").build())
                .addMethod(MethodSpec.methodBuilder("longerThan").addModifiers(Modifier.STATIC).returns(boolean.class)
                        .addParameter(String.class, "text").addParameter(int.class, "max")
                        .addJavadoc("Whether the text has more than {@code max} code points. A text has at most as many code\n"
                                + "points as UTF-16 units and at least half as many, so they are counted only when its\n"
                                + "length cannot decide.\n")
                        .addStatement("int length = text.length()")
                        .addStatement("return length > max && (length > 2L * max || text.codePointCount(0, length) > max)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("shorterThan").addModifiers(Modifier.STATIC).returns(boolean.class)
                        .addParameter(String.class, "text").addParameter(int.class, "min")
                        .addJavadoc("Whether the text has fewer than {@code min} code points; counted only when its length\n"
                                + "cannot decide.\n")
                        .addStatement("int length = text.length()")
                        .addStatement("return length < min || (length < 2L * min && text.codePointCount(0, length) < min)")
                        .build())
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

}
