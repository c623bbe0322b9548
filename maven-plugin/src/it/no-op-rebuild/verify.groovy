// After the second build every output has the bytes and the modification time it had after the
// first: generated sources, the manifest and the digest file alike.
def target = new File(basedir, 'target')
def before = new File(target, 'snapshots/first')
def compared = 0
['generated-sources', 'generated-resources', 'surveygen'].each { dir ->
    def root = new File(before, dir)
    assert root.isDirectory() : "snapshot of $dir"
    def afterRoot = new File(target, dir)
    def beforeNames = [] as Set, afterNames = [] as Set
    root.eachFileRecurse(groovy.io.FileType.FILES) { beforeNames << root.toPath().relativize(it.toPath()).toString() }
    afterRoot.eachFileRecurse(groovy.io.FileType.FILES) { afterNames << afterRoot.toPath().relativize(it.toPath()).toString() }
    assert beforeNames == afterNames
    beforeNames.each { name ->
        def old = new File(root, name), now = new File(afterRoot, name)
        assert now.bytes == old.bytes : "$dir/$name changed"
        assert now.lastModified() == old.lastModified() : "$dir/$name was rewritten"
        compared++
    }
}
assert compared > 10
// By default the plugin writes the form's template and components, not its preview page.
def forms = new File(target, 'generated-resources/surveygen/surveygen/forms')
assert forms.list().findAll { it.endsWith('.ftlh') } && !forms.list().any { it.endsWith('.html') }

def log = new File(basedir, 'build.log').text
def second = log.substring(log.lastIndexOf('Scanning for projects'))
assert second.contains('surveygen: up to date, nothing written (1 definition, ')
assert !second.contains(' written, ') : 'no generation in the second build'
// The source root is still registered on a hit, and the compiler sees nothing new.
assert second.contains('Nothing to compile - all classes are up to date')
assert new File(target, 'classes/example/Feedback.class').isFile()
return true
