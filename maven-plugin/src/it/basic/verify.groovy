// Sources generated in the configured package, compiled with the module's own code; the resource
// directory registered; the digest written; lint ran first.
def java = new File(basedir, 'target/generated-sources/surveygen/com/example/visits')
assert new File(java, 'ClinicVisitValidator.java').isFile()
assert new File(java, 'ClinicVisitBinder.java').isFile()
assert new File(java, 'StaffResponse.java').isFile() : 'a .yml definition is included by default'
assert !new File(basedir, 'target/generated-sources/surveygen/surveygen').exists() : 'nothing in the default package'
assert new File(basedir, 'target/classes/com/example/visits/ClinicVisitValidator.class').isFile()
assert new File(basedir, 'target/classes/example/Main.class').isFile()
// The form files (docs/forms.md, README): a template and a preview per survey in surveygen/forms/, the
// components they import in surveygen/forms/components/,
// the shared script and stylesheet in META-INF/resources/surveygen/ (served by Servlet 3+
// containers and Spring Boot at /surveygen/), registered as a resource directory so they are on
// the classpath; nothing beside the classes, nothing else.
def forms = new File(basedir, 'target/generated-resources/surveygen')
def expected = ['surveygen/forms/clinic-visit.ftlh', 'surveygen/forms/clinic-visit.html', 'surveygen/forms/staff.ftlh',
                'surveygen/forms/staff.html', 'META-INF/resources/surveygen/surveygen-rules.js',
                'META-INF/resources/surveygen/surveygen-form.js',
                'META-INF/resources/surveygen/surveygen-form.css'] +
        // The components the templates import, once for both surveys (docs/forms.md).
        ['surveygen.ftlh', 'functions.ftlh', 'page.ftlh', 'error-summary.ftlh', 'section.ftlh', 'question.ftlh', 'question-heading.ftlh', 'condition-note.ftlh', 'question-notes.ftlh', 'hint.ftlh', 'error-message.ftlh', 'note.ftlh', 'radios.ftlh', 'checkboxes.ftlh', 'text-input.ftlh', 'number-input.ftlh', 'date-input.ftlh', 'textarea.ftlh', 'guidance.ftlh'].collect { 'surveygen/forms/components/' + it }
def written = []
forms.eachFileRecurse(groovy.io.FileType.FILES) { written << forms.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert written.findAll { it != '.surveygen-files' }.sort() == expected.sort()
expected.each {
    assert new File(basedir, 'target/classes/' + it).bytes == new File(forms, it).bytes : it
}
['surveygen-rules.js', 'surveygen-form.js', 'surveygen-form.css', 'clinic-visit.ftlh', 'clinic-visit.html'].each {
    assert !new File(basedir, 'target/classes/' + it).exists() : "$it is not at the root of the classpath"
}
def preview = new File(forms, 'surveygen/forms/clinic-visit.html').getText('UTF-8')
assert preview.contains('来院アンケート')
assert preview.contains('href="../../META-INF/resources/surveygen/surveygen-form.css"') : 'the preview opens from disk'
assert !new File(basedir, 'target/classes/.surveygen-files') .exists() : 'the manifest is not a resource'

def digest = new File(basedir, 'target/surveygen/default.digest').text
assert digest.startsWith('digest ')
assert digest.contains('java com/example/visits/ClinicVisitValidator.java ')

def log = new File(basedir, 'build.log').text
assert log.contains('surveygen: 2 definitions checked')
assert log =~ /surveygen: 2 definitions; Java: \d+ written, 0 unchanged, 0 removed under .*; resources: 26 written, 0 unchanged, 0 removed/

// The help goal (second invocation) documents both goals and the parameters the README lists.
assert log.contains('surveygen:generate')
assert log.contains('surveygen:lint')
['packageName', 'outputDirectory', 'resourceOutputDirectory', 'templateDirectory', 'locale',
 'jakartaValidation', 'jackson', 'maxSize', 'sourceDirectory', 'includes', 'excludes', 'skip'].each {
    assert log.contains(it + '\n') || log.contains(it + '\r\n') : "help lists $it"
}
assert log.contains('User property: surveygen.packageName')
// The run on the oldest supported Maven (maven-plugin/pom.xml, execution maven-3.8.7) really used it.
if (binding.hasVariable('expectedMavenVersion')) {
    assert new File(basedir, 'build.log').text.contains("Apache Maven ${expectedMavenVersion} ") : "ran on Maven ${expectedMavenVersion}"
}
return true
