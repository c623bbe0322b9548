// A German survey whose catalogue is a file beside the definition (src/main/survey/catalogues/,
// the default catalogue directory): its form is in German throughout, with the definition's own
// text for the submit button (the up-to-date check covers catalogue files: DigestTest).
def resources = new File(basedir, 'target/generated-resources/surveygen')
def preview = new File(resources, 'surveygen/forms/clinic-de.html').getText('UTF-8')
assert preview.contains('<html lang="de">')
assert preview.contains('>Antworten senden</button>') : 'the definition overrides the catalogue text'
assert preview.contains('(Pflichtfeld)</span>') && preview.contains('>Ja</label>')
assert !(preview =~ /[\p{IsHan}\p{IsHiragana}\p{IsKatakana}]/) : 'no Japanese character'
assert new File(resources, 'surveygen/forms/components/page.ftlh').isFile()
assert !new File(basedir, 'target/classes/catalogues').exists() : 'catalogues are inputs, not resources'
return true
