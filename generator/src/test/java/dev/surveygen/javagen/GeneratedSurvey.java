package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.load.LoaderLimits;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.model.Survey;
import dev.surveygen.naming.JavaNames;
import dev.surveygen.semantics.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A survey's generated code, compiled with strict javac and loaded, driven by reflection the way
 * an application would call it, with results rendered comparably to the reference interpreter.
 */
final class GeneratedSurvey {

    final Survey survey;
    final JavaGenerator.Result generated;
    private final Class<?> binder;
    private final Class<?> validator;
    private final Class<?> response;

    private GeneratedSurvey(Survey survey, JavaGenerator.Result generated, ClassLoader loader, String base, String pkg) {
        this.survey = survey;
        this.generated = generated;
        try {
            binder = loader.loadClass(pkg + "." + base + "Binder");
            validator = loader.loadClass(pkg + "." + base + "Validator");
            response = loader.loadClass(pkg + "." + base + "Response");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static Survey load(String name, String yaml) {
        SurveyLoader.Result result = new SurveyLoader(LoaderLimits.DEFAULT.withMaxCodePoints(64 * 1024 * 1024))
                .load(name, yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.diagnostics().stream().filter(d -> d.isError()).map(Object::toString)).isEmpty();
        return result.survey().orElseThrow();
    }

    static Survey loadResource(String resource) {
        try (var in = GeneratedSurvey.class.getResourceAsStream(resource)) {
            return load(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Survey loadFile(Path path) {
        try {
            return load(path.getFileName().toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GeneratedSurvey compile(Survey survey, JavaGeneratorOptions options) {
        JavaGenerator.Result generated = new JavaGenerator().generate(survey, options);
        assertThat(generated.diagnostics()).isEmpty();
        InMemoryJavac.Compilation compilation = InMemoryJavac.compile(generated.files(), InMemoryJavac.STRICT);
        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(compilation.success()).isTrue();
        return new GeneratedSurvey(survey, generated, compilation.loader(), JavaNames.baseName(survey),
                options.packageName());
    }

    static GeneratedSurvey of(Survey survey, JavaGenerator.Result generated, InMemoryJavac.Compilation compilation,
            String pkg) {
        return new GeneratedSurvey(survey, generated, compilation.loader(), JavaNames.baseName(survey), pkg);
    }

    Object fromJson(Map<String, ?> json, boolean strip) {
        return call(binder, "fromJson", new Class<?>[] {Map.class, disabledAnswers()}, json, disabledAnswers(strip));
    }

    Object fromForm(Map<String, List<String>> form, boolean strip) {
        return call(binder, "fromForm", new Class<?>[] {Map.class, disabledAnswers()}, form, disabledAnswers(strip));
    }

    /** The binder's {@code DisabledAnswers} option type. */
    private Class<?> disabledAnswers() {
        for (Class<?> nested : binder.getClasses()) {
            if (nested.getSimpleName().equals("DisabledAnswers")) {
                return nested;
            }
        }
        throw new AssertionError("no DisabledAnswers in " + binder);
    }

    /** {@code DROP} when the answers of disabled questions are stripped, as the form does; else {@code REPORT}. */
    private Object disabledAnswers(boolean strip) {
        return disabledAnswers().getEnumConstants()[strip ? 1 : 0];
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> toJson(Object response) {
        return (Map<String, Object>) call(binder, "toJson", new Class<?>[] {this.response}, response);
    }

    /** The binding of {@code fromJsonText(text)}, or the message of the IllegalArgumentException it threw. */
    Object fromJsonText(String text) {
        try {
            return binder.getMethod("fromJsonText", String.class).invoke(null, text);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                return bad.getMessage();
            }
            throw new AssertionError("generated code threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    String toJsonText(Object response) {
        return (String) call(binder, "toJsonText", new Class<?>[] {this.response}, response);
    }

    /** The package-private {@code …Json.read(text)}: the value, or the message of the IllegalArgumentException it threw. */
    Object jsonRead(String text) {
        try {
            Method read = binder.getClassLoader().loadClass(binder.getName().replaceAll("Binder$", "Json"))
                    .getDeclaredMethod("read", String.class);
            read.setAccessible(true);
            return read.invoke(null, text);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                return bad.getMessage();
            }
            throw new AssertionError("generated code threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    Object responseOf(Object binding) {
        return call(binding.getClass(), "response", new Class<?>[0], binding);
    }

    List<String> validateBinding(Object binding) {
        return render((List<?>) call(validator, "validate", new Class<?>[] {binding.getClass()}, binding));
    }

    /** The violations of a binding as the generated validator returns them. */
    List<?> validateBindingRaw(Object binding) {
        return (List<?>) call(validator, "validate", new Class<?>[] {binding.getClass()}, binding);
    }

    /** The violations as the generated validator returns them. */
    List<?> validateResponseRaw(Object response) {
        return (List<?>) call(validator, "validate", new Class<?>[] {this.response}, response);
    }

    List<String> validateResponse(Object response) {
        return render((List<?>) call(validator, "validate", new Class<?>[] {this.response}, response));
    }

    /** "QUESTION code | message per locale", the same shape as {@link #renderReference}: read as a host reads it. */
    private List<String> render(List<?> violations) {
        List<String> out = new ArrayList<>();
        for (Object v : violations) {
            try {
                Class<?> type = v.getClass();
                Object code = type.getMethod("code").invoke(v);
                StringBuilder line = new StringBuilder(type.getMethod("question").invoke(v) + " | "
                        + code.getClass().getMethod("code").invoke(code) + " | ");
                Method message = type.getMethod("message", java.util.Locale.class);
                for (String locale : survey.locales()) {
                    line.append(message.invoke(v, java.util.Locale.forLanguageTag(locale))).append(" | ");
                }
                out.add(line.toString());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    static List<String> renderReference(Survey survey, List<Violation> violations) {
        List<String> out = new ArrayList<>();
        for (Violation v : violations) {
            StringBuilder line = new StringBuilder(v.question() + " | " + v.code().code() + " | ");
            for (String locale : survey.locales()) {
                line.append(v.message().in(locale, "ja")).append(" | ");
            }
            out.add(line.toString());
        }
        return out;
    }

    private static Object call(Class<?> type, String name, Class<?>[] parameters, Object... args) {
        try {
            Method method = type.getMethod(name, parameters);
            return method.invoke(method.getDeclaringClass().isRecord() && parameters.length == 0 ? args[0] : null,
                    parameters.length == 0 ? new Object[0] : args);
        } catch (InvocationTargetException e) {
            throw new AssertionError("generated code threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
