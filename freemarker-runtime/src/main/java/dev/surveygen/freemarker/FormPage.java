package dev.surveygen.freemarker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rendering of a form shows (the data model of the generated templates, docs/forms.md):
 * the values to show in the fields, the violations to report, where the form posts, the host's
 * hidden fields and where the script and stylesheet are served. Immutable; build with
 * {@link #builder()}.
 */
public final class FormPage {

    /** Form fields named with this prefix are the host's own, never answers (the generated binders' HOST_FIELD_PREFIX). */
    public static final String HOST_FIELD_PREFIX = "_";

    private final Map<String, ?> answers;
    private final List<?> violations;
    private final Optional<String> action;
    private final Map<String, String> hiddenFields;
    private final String assetsPath;
    private final boolean preview;

    private FormPage(Builder b) {
        this.answers = b.answers;
        this.violations = b.violations;
        this.action = Optional.ofNullable(b.action);
        this.hiddenFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.hiddenFields));
        this.assetsPath = b.assetsPath;
        this.preview = b.preview;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An empty form: no answers, no violations, posting to the current URL. */
    public static FormPage empty() {
        return builder().build();
    }

    public Map<String, ?> answers() {
        return answers;
    }

    public List<?> violations() {
        return violations;
    }

    public Optional<String> action() {
        return action;
    }

    public Map<String, String> hiddenFields() {
        return hiddenFields;
    }

    public String assetsPath() {
        return assetsPath;
    }

    public boolean preview() {
        return preview;
    }

    /** The template's data model. */
    Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("answers", answers);
        model.put("violations", violations);
        action.ifPresent(a -> model.put("action", a));
        model.put("hiddenFields", hiddenFields);
        model.put("assetsPath", assetsPath);
        model.put("preview", preview);
        return model;
    }

    /** Builds a {@link FormPage}; every part is optional. */
    public static final class Builder {

        private Map<String, ?> answers = Map.of();
        private List<?> violations = List.of();
        private String action;
        private final Map<String, String> hiddenFields = new LinkedHashMap<>();
        private String assetsPath = SurveyForms.ASSETS_PATH;
        private boolean preview;

        private Builder() {}

        /**
         * The values to show, by question id: what was submitted, so that nothing typed is lost. A
         * servlet's {@code getParameterMap()} ({@code Map<String, String[]>}) works as it is, as does
         * a map to lists of strings or to single strings.
         */
        public Builder answers(Map<String, ?> value) {
            this.answers = Map.copyOf(Objects.requireNonNull(value, "answers"));
            return this;
        }

        /**
         * The violations to report: the generated {@code …Violation} records as they are, or any
         * public class or map with {@code question} and {@code message}.
         */
        public Builder violations(List<?> value) {
            this.violations = List.copyOf(Objects.requireNonNull(value, "violations"));
            return this;
        }

        /** The URL the form posts to; without it the form posts to the current URL. */
        public Builder action(String value) {
            this.action = Objects.requireNonNull(value, "action");
            return this;
        }

        /**
         * A hidden field of the host's, such as a CSRF token. Its name must start with
         * {@value FormPage#HOST_FIELD_PREFIX} ({@code _csrf}): so named, the form's script and the
         * generated binders know it is no answer.
         */
        public Builder hiddenField(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (!name.startsWith(HOST_FIELD_PREFIX) || name.length() < 2) {
                throw new IllegalArgumentException("hidden field '" + name + "': the host's field names start with '"
                        + HOST_FIELD_PREFIX + "' (such as _csrf), so that they are never taken for answers");
            }
            hiddenFields.put(name, value);
            return this;
        }

        /**
         * The URL path under which {@code surveygen-rules.js}, {@code surveygen-form.js} and
         * {@code surveygen-form.css} are served,
         * ending with {@code /}. Default {@value SurveyForms#ASSETS_PATH}, where web stacks serve
         * {@link SurveyForms#ASSETS_FOLDER}; prefix it with the context path when the application has one.
         */
        public Builder assetsPath(String value) {
            Objects.requireNonNull(value, "assetsPath");
            if (!value.isEmpty() && !value.endsWith("/")) {
                throw new IllegalArgumentException("assetsPath '" + value + "' must end with '/'");
            }
            this.assetsPath = value;
            return this;
        }

        /** A preview: the script checks the answers but never submits. */
        public Builder preview(boolean value) {
            this.preview = value;
            return this;
        }

        public FormPage build() {
            return new FormPage(this);
        }
    }
}
