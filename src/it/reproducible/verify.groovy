import groovy.json.JsonSlurper

def read = { File dir -> new JsonSlurper().parse(new File(dir, 'bundle.json')) }
def first = read(new File(basedir, 'target/eb'))
def second = read(new File(basedir, 'target/eb-second'))
def clone = read(new File(basedir.parentFile, 'reproducible-clone/target/eb'))

assert first.sha256 == second.sha256
assert first.sha256 == clone.sha256
assert first.versionLabel == clone.versionLabel
assert new File(basedir, "target/eb/${first.file}").bytes == new File(basedir.parentFile, "reproducible-clone/target/eb/${clone.file}").bytes

def zip = new java.util.zip.ZipFile(new File(basedir, "target/eb/${first.file}"))
def expected = java.time.LocalDateTime.of(2026, 3, 4, 5, 6, 8)
zip.entries().each { assert it.timeLocal == expected : it.name }
assert zip.getEntry('app/static/icon.png').method == java.util.zip.ZipEntry.STORED
assert zip.getEntry('app/static/logo.svg').method == java.util.zip.ZipEntry.DEFLATED
zip.close()
return true
