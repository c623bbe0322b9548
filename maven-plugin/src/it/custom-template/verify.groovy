// The generated stylesheet is the custom one, byte for byte; the form page and the script are
// generated from the built-in templates; the form files are copied to the classpath.
def resources = new File(basedir, 'target/generated-resources/surveygen')
def custom = new File(basedir, 'src/main/surveygen-templates/surveygen-form.css')
def css = new File(resources, 'META-INF/resources/surveygen/surveygen-form.css')
assert css.isFile() : 'form generation writes surveygen-form.css'
assert css.bytes == custom.bytes
assert new File(resources, 'META-INF/resources/surveygen/surveygen-form.js').isFile()
assert new File(resources, 'surveygen/forms/visitor.html').isFile()
assert new File(basedir, 'target/classes/META-INF/resources/surveygen/surveygen-form.css').bytes == custom.bytes
return true
