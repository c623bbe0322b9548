package dev.surveygen.build;

import dev.surveygen.freemarker.SurveyForms;
import dev.surveygen.output.GeneratedFile;
import java.util.Optional;

/**
 * Where the form files of a run go, relative to the resource root, and whether the run writes the
 * preview page. Immutable.
 */
public final class FormLayout {

    /**
     * Every form file in one folder ({@code surveygen generate}'s {@code DIR/forms/}), with the
     * preview page, which opens from disk.
     */
    public static final FormLayout FLAT = new FormLayout("FLAT", "", "", "", true);

    /**
     * On an application's classpath ({@code surveygen-maven-plugin}): the templates in
     * {@value SurveyForms#TEMPLATE_FOLDER}, a folder no web stack serves, and the script and stylesheet in
     * {@value SurveyForms#ASSETS_FOLDER}, which Servlet 3+ containers and Spring Boot serve at
     * {@value SurveyForms#ASSETS_PATH}; never beside the application's classes. No preview page by
     * default: an application does not serve it, and rendering it is most of what generating the
     * form costs (see {@link #withPreview}).
     */
    public static final FormLayout CLASSPATH = new FormLayout("CLASSPATH", SurveyForms.TEMPLATE_FOLDER,
            SurveyForms.ASSETS_FOLDER, "../../" + SurveyForms.ASSETS_FOLDER, false);

    private final String name;
    private final String templateFolder;
    private final String assetsFolder;
    private final String previewAssetsPath;
    private final boolean preview;

    private FormLayout(String name, String templateFolder, String assetsFolder, String previewAssetsPath,
            boolean preview) {
        this.name = name;
        this.templateFolder = templateFolder;
        this.assetsFolder = assetsFolder;
        this.previewAssetsPath = previewAssetsPath;
        this.preview = preview;
    }

    /**
     * This layout, writing the preview page {@code ID.html} beside the template or not. On the
     * classpath the preview finds the assets by a relative path, so it still opens from disk.
     */
    public FormLayout withPreview(boolean value) {
        return value == preview ? this : new FormLayout(name, templateFolder, assetsFolder, previewAssetsPath, value);
    }

    /** Whether the preview page is written. */
    public boolean preview() {
        return preview;
    }

    /**
     * Where the preview page finds the script and stylesheet, relative to itself; empty when no
     * preview page is written.
     */
    public Optional<String> previewAssetsPath() {
        return preview ? Optional.of(previewAssetsPath) : Optional.empty();
    }

    /** A form file (named as the form generator names it) at its place in this layout. */
    public GeneratedFile place(GeneratedFile file) {
        String name = file.path();
        String folder = name.endsWith(".ftlh") || name.endsWith(".html") ? templateFolder : assetsFolder;
        return folder.isEmpty() ? file : new GeneratedFile(folder + name, file.content());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FormLayout layout && layout.name.equals(name) && layout.preview == preview;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Boolean.hashCode(preview);
    }

    /** The layout's name and whether it writes the preview: part of the configuration's fingerprint. */
    @Override
    public String toString() {
        return name + (preview ? "+preview" : "");
    }
}
