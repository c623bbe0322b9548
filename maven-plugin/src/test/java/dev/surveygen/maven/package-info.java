/** Unit tests of the plugin's plain components; the goals themselves are tested by the projects under src/it. */
package dev.surveygen.maven;
