def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder') && log.contains('thread count of 4')
assert !log.contains('not marked as thread-safe')
[a: 'ward/WardValidator', b: 'pharmacy/PharmacyValidator', c: 'lab/LabValidator'].each { m, type ->
    def name = type.substring(type.indexOf('/') + 1)
    assert new File(basedir, "survey-$m/target/classes/com/example/$m/${name}.class").isFile()
    assert new File(basedir, "survey-$m/target/surveygen/default.digest").isFile()
}
assert new File(basedir, 'app/target/classes/example/App.class').isFile()
assert log.count('surveygen: 1 definition; Java: ') == 3
return true
