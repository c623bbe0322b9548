// Compares the outputs before and after each invocation (see invoker.properties).
def target = new File(basedir, 'target')

/** Relative path -> file, for every file under dir. */
def files = { File dir ->
    def found = [:]
    if (dir.isDirectory()) {
        dir.eachFileRecurse(groovy.io.FileType.FILES) { found[dir.toPath().relativize(it.toPath()).toString()] = it }
    }
    found
}
def state = { File root -> files(new File(root, 'generated-sources/surveygen')) }
def snapshot = { n -> new File(target, "snapshots/$n") }
def digestOf = { File root -> new File(root, 'surveygen/surveys.digest').readLines()[0] }
def pkg = 'surveygen/generated/'

/** Before/after of one step: which files were rewritten, kept (same bytes and time), added, removed. */
def compare = { Map before, Map after ->
    def result = [rewritten: [], kept: [], added: [], removed: []]
    before.each { path, file ->
        def now = after[path]
        if (now == null) {
            result.removed << path
        } else if (now.bytes == file.bytes) {
            assert now.lastModified() == file.lastModified() : "$path has the same bytes but was rewritten"
            result.kept << path
        } else {
            result.rewritten << path
        }
    }
    after.keySet().findAll { !before.containsKey(it) }.each { result.added << it }
    result
}

def s1 = state(snapshot(1)), s2 = state(snapshot(2)), s3 = state(snapshot(3)), s4 = state(snapshot(4)), end = state(target)
assert s1.containsKey(pkg + 'IntakeResponse.java') && s1.containsKey(pkg + 'ExitPollResponse.java')

// 2: option: the response with a bounded question gets annotations; nothing else is touched
// (exit-poll has only a yes/no question, so its response has nothing to annotate) but the
// manifest, which records the digest of every file written.
def step2 = compare(s1, s2)
assert step2.rewritten.toSet() == [pkg + 'IntakeResponse.java', '.surveygen-files'] as Set
assert step2.added.isEmpty() && step2.removed.isEmpty() && !step2.kept.isEmpty()
assert s2[pkg + 'IntakeResponse.java'].text.contains('jakarta.validation')

// 3: template content: a new digest, so a real run (not "up to date"); Java is unchanged.
assert digestOf(snapshot(3)) != digestOf(snapshot(2)) : 'the digest covers the template content'
def step3 = compare(s2, s3)
assert step3.rewritten.isEmpty() && step3.added.isEmpty() && step3.removed.isEmpty()
def forms = { File root -> files(new File(root, 'generated-resources/surveygen')) }
def css = 'META-INF/resources/surveygen/surveygen-form.css'
def forms3 = compare(forms(snapshot(2)), forms(snapshot(3)))
assert forms3.rewritten.toSet() == [css, '.surveygen-files'] as Set : 'only the overridden stylesheet (and its digest) changes'
assert forms(snapshot(3))[css].bytes == new File(basedir, 'alternatives/surveygen-form.css').bytes
assert forms(snapshot(3)).containsKey('surveygen/forms/exit-poll.html') && forms(snapshot(3)).containsKey('surveygen/forms/intake.ftlh')

// 4: deleted definition: its files are removed (listed in the manifest), the other survey's kept.
def step4 = compare(s3, s4)
assert !step4.removed.isEmpty() && step4.removed.every { it.startsWith(pkg + 'ExitPoll') }
assert step4.rewritten == ['.surveygen-files'] && step4.added.isEmpty() : 'only the manifest is rewritten'
assert step4.kept.every { it.startsWith(pkg + 'Intake') || it == '.surveygen-files' }
assert !new File(snapshot(4), 'surveygen/surveys.digest').text.contains('ExitPoll')
assert compare(forms(snapshot(3)), forms(snapshot(4))).removed.sort() == ['surveygen/forms/exit-poll.ftlh', 'surveygen/forms/exit-poll.html']

// 5: package: everything moves; the old package directories are gone, not left empty.
def step5 = compare(s4, end)
assert step5.removed.findAll { it != '.surveygen-files' }.every { it.startsWith(pkg) }
assert step5.added.every { it.startsWith('com/example/moved/') } && !step5.added.isEmpty()
assert !new File(target, 'generated-sources/surveygen/surveygen').exists()
assert end.keySet().every { it.startsWith('com/example/moved/Intake') || it == '.surveygen-files' }

// The log: five generations, none "up to date" (each invocation changed something).
def log = new File(basedir, 'build.log').text
assert !log.contains('up to date, nothing written')
return true
