// The generated stylesheet is the custom one, byte for byte; the form page and the script are
// generated from the built-in templates but for one component; the form files are copied to the classpath.
def resources = new File(basedir, 'target/generated-resources/surveygen')
def custom = new File(basedir, 'src/main/surveygen-templates/surveygen-form.css')
def css = new File(resources, 'META-INF/resources/surveygen/surveygen-form.css')
assert css.isFile() : 'form generation writes surveygen-form.css'
assert css.bytes == custom.bytes
assert new File(resources, 'META-INF/resources/surveygen/surveygen-form.js').isFile()
assert new File(resources, 'surveygen/forms/visitor.html').isFile()
assert new File(basedir, 'target/classes/META-INF/resources/surveygen/surveygen-form.css').bytes == custom.bytes
// A component overridden by its file name: copied in place of the built-in one, and the preview
// rendered with it.
def heading = new File(basedir, 'src/main/surveygen-templates/question-heading.ftlh')
assert new File(resources, 'surveygen/forms/components/question-heading.ftlh').bytes == heading.bytes
def preview = new File(resources, 'surveygen/forms/visitor.html').getText('UTF-8')
assert preview.contains('<label class="sg-label" for="q-relation">続柄 <span class="my-tag">※必須</span></label>')
assert new File(resources, 'surveygen/forms/components/radios.ftlh').isFile()
return true
