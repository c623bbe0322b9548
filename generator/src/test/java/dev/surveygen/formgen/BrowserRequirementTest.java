package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Bug: on a machine without Chromium every browser test failed with a stack trace and the README
 * named no prerequisite. Now each fails with one line that says what to install.
 */
class BrowserRequirementTest {

    @Test
    void aMissingBrowserIsOneLineNamingTheInstallCommand() {
        Browser.MissingBrowser missing = catchThrowableOfType(Browser.MissingBrowser.class,
                () -> Browser.requireChromium(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver")));

        assertThat(missing).hasMessage("browser tests need Chromium and its driver (/nonexistent/chromium and"
                + " /nonexistent/chromedriver missing): apt-get install chromium chromium-driver fonts-noto-cjk");
        assertThat(missing.getStackTrace()).as("no stack trace to wade through").isEmpty();
        assertThat(missing.getMessage()).doesNotContain("\n");
    }

    @Test
    void theReadmeListsTheSamePackages() throws Exception {
        assertThat(java.nio.file.Files.readString(Path.of("..", "README.md"))).contains(Browser.INSTALL);
    }
}
