import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def manifest = new JsonSlurper().parse(new File(basedir, 'target/eb/bundle.json'))
def zipFile = new File(basedir, "target/eb/${manifest.file}")
assert zipFile.isFile()
assert manifest.applicationName == 'django-testapp'
assert manifest.sourceMode == 'git'
assert manifest.dirty == true
assert manifest.versionLabel ==~ /1\.0\.0-[0-9a-f]{7}/
assert manifest.versionLabel == '1.0.0-' + manifest.gitCommit.substring(0, 7)
assert manifest.sha256 == zipFile.bytes.digest('SHA-256')

def zip = new ZipFile(zipFile)
def names = zip.entries().collect { it.name }
assert names == names.toSorted()
assert names.containsAll(['manage.py', 'requirements.txt', 'testapp/wsgi.py', 'testapp/settings/production.py', 'static/css/site.css', '.ebignore'])
assert !names.contains('untracked-notes.txt')
assert !names.any { it.contains('__pycache__') }
assert !names.any { it.startsWith('target/') }
def urls = zip.getInputStream(zip.getEntry('testapp/urls.py')).text
assert !urls.contains('uncommitted edit')

assert log.contains('Source: git HEAD')
assert log.contains('.ebignore: 1 file left out')
assert log =~ /WARNING\] The work tree has 2 changes \(testapp\/urls.py, untracked-notes.txt\) that are not committed/
assert log.contains('label ' + manifest.versionLabel)
// No outputTimestamp in this POM: every entry carries the commit time, as UTC wall-clock time.
def commitTime = java.time.LocalDateTime.of(2025, 11, 29, 8, 0, 0)
zip.entries().each { assert it.timeLocal == commitTime : it.name }
assert zip.getEntry('manage.py').extra == null
zip.close()
return true
