/**
 * The reference host application (the example developers copy): embedded Jetty serving one survey
 * from the survey module's generated code and form files.
 */
package dev.surveygen.example.host;
