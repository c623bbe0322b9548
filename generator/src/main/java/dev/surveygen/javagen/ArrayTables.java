package dev.surveygen.javagen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Static arrays whose size comes from the definition (an enum's codes and labels, a question's
 * exclusive choices), initialised by methods of at most {@value #CHUNK} elements each rather than
 * in the class initialiser: a method holds at most 64 KiB of code, so an array initialiser grows
 * with the definition only up to a point, and the class initialiser is shared by everything else.
 */
final class ArrayTables {

    /**
     * At most this many elements are written in the field's initialiser, in the class initialiser:
     * at a few dozen bytes each they leave it far below 64 KiB.
     */
    static final int INLINE = 100;

    /** Elements per method: a few dozen bytes each keeps a method far below 64 KiB. */
    static final int CHUNK = 500;

    private ArrayTables() {}

    /**
     * Adds {@code private static final T[] field = method();} to {@code type}, with {@code method}
     * (and, beyond {@value #CHUNK} elements, {@code method$0}, {@code method$1}, …) filling it.
     */
    static FieldSpec add(TypeSpec.Builder type, TypeName elementType, String field, String method, String doc,
            List<CodeBlock> elements) {
        ArrayTypeName arrayType = ArrayTypeName.of(elementType);
        if (elements.size() <= INLINE) {
            // Short scalars on one line; rows (and anything long) one per line.
            boolean oneLine = !(elementType instanceof ArrayTypeName)
                    && CodeBlock.join(elements, ", ").toString().length() <= 80;
            FieldSpec.Builder inline = FieldSpec.builder(arrayType, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(oneLine ? "{$L}" : "{\n$>$L$<\n}", CodeBlock.join(elements, oneLine ? ", " : ",\n"));
            if (!doc.isEmpty()) {
                inline.addJavadoc("$L\n", doc);
            }
            return inline.build();
        }
        MethodSpec.Builder fill = MethodSpec.methodBuilder(method).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(arrayType);
        if (elements.size() <= CHUNK) {
            fill.addCode("return new $T {$>$L$<\n};\n", arrayType, elements.isEmpty() ? CodeBlock.of("")
                    : CodeBlock.of("\n$L", CodeBlock.join(elements, ",\n")));
        } else {
            // new T[n], or new T[n][] for a table of rows (T[][]).
            fill.addStatement(elementType instanceof ArrayTypeName ? "$T all = new $T[$L][]" : "$T all = new $T[$L]",
                    arrayType, elementType instanceof ArrayTypeName row ? row.componentType() : elementType, elements.size());
            for (int start = 0, k = 0; start < elements.size(); start += CHUNK, k++) {
                MethodSpec.Builder chunk = MethodSpec.methodBuilder(method + "$" + k)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).addParameter(arrayType, "all");
                for (int i = start; i < Math.min(elements.size(), start + CHUNK); i++) {
                    // An array's element is written {…} in an initialiser, new T[] {…} in an assignment.
                    chunk.addStatement(elementType instanceof ArrayTypeName ? "all[$L] = new $T $L" : "all[$L] = $L",
                            elementType instanceof ArrayTypeName ? new Object[] {i, elementType, elements.get(i)}
                                    : new Object[] {i, elements.get(i)});
                }
                type.addMethod(chunk.build());
                fill.addStatement("$N(all)", method + "$" + k);
            }
            fill.addStatement("return all");
        }
        type.addMethod(fill.build());
        FieldSpec.Builder spec = FieldSpec.builder(arrayType, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$N()", method);
        if (!doc.isEmpty()) {
            spec.addJavadoc("$L\n", doc);
        }
        return spec.build();
    }
}
