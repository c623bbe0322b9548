package dev.surveygen.maven;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyBuild;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.diagnostics.Diagnostic;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.logging.Log;

/**
 * The one place where the plugin checks, for both goals: the template directory, and each
 * definition with the one check phase ({@link SurveyCheck}, as {@code surveygen lint} does),
 * generating nothing.
 *
 * <p>A build checks each definition once. Maven gives the executions of one build the same plugin
 * class realm, so what {@code lint} found is kept here, in a static map, for {@code generate},
 * which then generates from it ({@link SurveyBuild#generate(SurveyCheck.Result)}) instead of
 * checking again. An entry is keyed by the whole configuration (both goals take the same
 * parameters), the definition's absolute path and the SHA-256 of its content, so a definition or
 * option that changed in between is checked again. Entries are
 * taken out when used and held softly, so the map never holds more than the surveys of the running
 * build and gives them up under memory pressure (then {@code generate} checks again). Keys of
 * different modules differ by path, so parallel builds ({@code mvn -T}) share nothing.
 */
final class SurveyChecks {

    private static final Map<String, SoftReference<SurveyCheck.Result>> CHECKED = new ConcurrentHashMap<>();

    private SurveyChecks() {}

    /** What is wrong with the configured template directory (nothing when none is configured). */
    static List<Diagnostic> templates(GenerationConfig config) throws IOException {
        return new SurveyCheck(config).checkTemplates();
    }

    /** Checks a definition and keeps the result for the {@code generate} goal of the same build. */
    static SurveyCheck.Result checkAndKeep(GenerationConfig config, Path definition) throws IOException {
        SurveyCheck.Result result = new SurveyCheck(config).check(definition);
        CHECKED.put(key(config, definition), new SoftReference<>(result));
        return result;
    }

    /** What {@link #checkAndKeep} found for this definition and configuration, or else a new check. */
    static SurveyCheck.Result takeOrCheck(GenerationConfig config, Path definition, Log log) throws IOException {
        SoftReference<SurveyCheck.Result> kept = CHECKED.remove(key(config, definition));
        SurveyCheck.Result result = kept == null ? null : kept.get();
        if (result != null) {
            log.debug("surveygen: " + definition + " was checked by lint in this build; not checking it again");
            return result;
        }
        return new SurveyCheck(config).check(definition);
    }

    /** How many results are kept (for tests). */
    static int kept() {
        return CHECKED.size();
    }

    private static String key(GenerationConfig config, Path definition) throws IOException {
        return config.fingerprint() + "definition " + definition + " " + Digests.inputSha256(definition) + "\n";
    }
}
