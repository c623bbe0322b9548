/**
 * Renders surveygen's generated form templates in a host application: {@link
 * dev.surveygen.freemarker.SurveyForms} (FreeMarker configured the one safe way, templates from the
 * classpath folder the Maven plugin writes) and {@link dev.surveygen.freemarker.FormPage} (what one
 * rendering shows). Optional: the generated Java code needs only the JDK.
 */
package dev.surveygen.freemarker;
