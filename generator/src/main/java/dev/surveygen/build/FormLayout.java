package dev.surveygen.build;

import dev.surveygen.freemarker.SurveyForms;
import dev.surveygen.output.GeneratedFile;

/**
 * Where the form files of a run go, relative to the resource root.
 */
public enum FormLayout {

    /** Every form file in one folder ({@code surveygen generate}'s {@code DIR/forms/}); the preview opens from disk. */
    FLAT("", "", ""),

    /**
     * On an application's classpath ({@code surveygen-maven-plugin}): the templates and previews in
     * {@value SurveyForms#TEMPLATE_FOLDER}, a folder no web stack serves, and the script and stylesheet in
     * {@value SurveyForms#ASSETS_FOLDER}, which Servlet 3+ containers and Spring Boot serve at
     * {@value SurveyForms#ASSETS_PATH}; never beside the application's classes. The preview finds the
     * assets by a relative path, so it still opens from disk.
     */
    CLASSPATH(SurveyForms.TEMPLATE_FOLDER, SurveyForms.ASSETS_FOLDER, "../../" + SurveyForms.ASSETS_FOLDER);

    private final String templateFolder;
    private final String assetsFolder;
    private final String previewAssetsPath;

    FormLayout(String templateFolder, String assetsFolder, String previewAssetsPath) {
        this.templateFolder = templateFolder;
        this.assetsFolder = assetsFolder;
        this.previewAssetsPath = previewAssetsPath;
    }

    /** Where the preview page finds the script and stylesheet, relative to itself. */
    public String previewAssetsPath() {
        return previewAssetsPath;
    }

    /** A form file (named as the form generator names it) at its place in this layout. */
    public GeneratedFile place(GeneratedFile file) {
        String name = file.path();
        String folder = name.endsWith(".ftlh") || name.endsWith(".html") ? templateFolder : assetsFolder;
        return folder.isEmpty() ? file : new GeneratedFile(folder + name, file.content());
    }
}
