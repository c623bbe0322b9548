// Sources generated in the configured package, compiled with the module's own code; the resource
// directory registered; the digest written; lint ran first.
def java = new File(basedir, 'target/generated-sources/surveygen/com/example/visits')
assert new File(java, 'ClinicVisitValidator.java').isFile()
assert new File(java, 'ClinicVisitBinder.java').isFile()
assert new File(java, 'StaffResponse.java').isFile() : 'a .yml definition is included by default'
assert !new File(basedir, 'target/generated-sources/surveygen/surveygen').exists() : 'nothing in the default package'
assert new File(basedir, 'target/classes/com/example/visits/ClinicVisitValidator.class').isFile()
assert new File(basedir, 'target/classes/example/Main.class').isFile()
// The form files: one template and one static page per survey, the shared script and stylesheet,
// registered as a resource directory so they are on the classpath.
def forms = new File(basedir, 'target/generated-resources/surveygen')
['clinic-visit.ftlh', 'clinic-visit.html', 'staff.ftlh', 'staff.html', 'surveygen-form.js', 'surveygen-form.css'].each {
    assert new File(forms, it).isFile() : it
    assert new File(basedir, 'target/classes/' + it).bytes == new File(forms, it).bytes : it
}
assert new File(forms, 'clinic-visit.html').getText('UTF-8').contains('来院アンケート')
assert !new File(basedir, 'target/classes/.surveygen-files') .exists() : 'the manifest is not a resource'

def digest = new File(basedir, 'target/surveygen/default.digest').text
assert digest.startsWith('digest ')
assert digest.contains('java com/example/visits/ClinicVisitValidator.java ')

def log = new File(basedir, 'build.log').text
assert log.contains('surveygen: 2 definitions checked')
assert log =~ /surveygen: 2 definitions; Java: \d+ written, 0 unchanged, 0 removed under .*; resources: 6 written, 0 unchanged, 0 removed/

// The help goal (second invocation) documents both goals and the parameters the README lists.
assert log.contains('surveygen:generate')
assert log.contains('surveygen:lint')
['packageName', 'outputDirectory', 'resourceOutputDirectory', 'templateDirectory', 'locale',
 'jakartaValidation', 'jackson', 'maxSize', 'sourceDirectory', 'includes', 'excludes', 'skip'].each {
    assert log.contains(it + '\n') || log.contains(it + '\r\n') : "help lists $it"
}
assert log.contains('User property: surveygen.packageName')
return true
