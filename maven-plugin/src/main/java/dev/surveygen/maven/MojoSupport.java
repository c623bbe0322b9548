package dev.surveygen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/** What the mojos share: the unknown-parameter check and the plugin's identity for the digest. */
final class MojoSupport {

    /**
     * The content hash of each plugin jar, by path, size and modification time: both goals of a
     * build (and every module of a reactor) need it, and the jars do not change during a build.
     */
    private static final Map<String, String> JAR_HASHES = new ConcurrentHashMap<>();

    private MojoSupport() {}

    static void rejectUnknownParameters(MavenProject project, MojoExecution execution) throws MojoExecutionException {
        List<String> problems = UnknownParameters.find(project, execution);
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("surveygen: " + String.join("\n", problems));
        }
    }

    /**
     * The plugin's version; for a snapshot also the content hash of the plugin's and the
     * generator's jars, whose code changes while the version stays the same.
     */
    static List<String> pluginIdentity(PluginDescriptor plugin) throws MojoExecutionException {
        List<String> lines = new ArrayList<>();
        lines.add(plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion());
        if (!plugin.getVersion().endsWith("-SNAPSHOT")) {
            return lines;
        }
        List<Artifact> artifacts = new ArrayList<>();
        if (plugin.getPluginArtifact() != null) {
            artifacts.add(plugin.getPluginArtifact());
        }
        if (plugin.getArtifacts() != null) {
            artifacts.addAll(plugin.getArtifacts());
        }
        try {
            for (Artifact artifact : artifacts) {
                if (artifact.getGroupId().equals(plugin.getGroupId()) && artifact.getFile() != null
                        && Files.isRegularFile(artifact.getFile().toPath())) {
                    lines.add(artifact.getArtifactId() + " " + jarHash(artifact.getFile().toPath()));
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("surveygen: cannot read the plugin's jars: " + e, e);
        }
        return lines.stream().distinct().sorted().toList();
    }

    /** A jar's content hash, kept for the rest of the build by path, size and modification time. */
    static String jarHash(Path jar) throws IOException {
        String key = jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        String hash = JAR_HASHES.get(key);
        if (hash == null) {
            hash = Digests.sha256(jar);
            JAR_HASHES.put(key, hash);
        }
        return hash;
    }
}
