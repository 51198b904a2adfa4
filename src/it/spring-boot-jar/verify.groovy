import groovy.json.JsonSlurper
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry
import org.apache.commons.compress.archivers.zip.ZipFile

def manifest = new JsonSlurper().parse(new File(basedir, 'target/eb/bundle.json'))
assert manifest.sourceMode == 'artifact'
assert manifest.gitCommit == null
assert manifest.versionLabel == '1.0.0-' + manifest.sha256.substring(0, 10)
def zipFile = new File(basedir, "target/eb/${manifest.file}")

ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
    def entries = zip.entries.toList()
    assert entries*.name == ['.ebextensions/', '.ebextensions/jvm.config', '.platform/', '.platform/hooks/',
                             '.platform/hooks/predeploy/', '.platform/hooks/predeploy/01-hello.sh', 'Procfile',
                             'config/', 'config/newrelic.yml', 'spring-boot-jar-1.0.0.jar']
    def byName = entries.collectEntries { [(it.name): it] }
    assert byName['spring-boot-jar-1.0.0.jar'].method == ZipArchiveEntry.STORED
    assert byName['Procfile'].method in [ZipArchiveEntry.STORED, ZipArchiveEntry.DEFLATED]
    assert (byName['.platform/hooks/predeploy/01-hello.sh'].unixMode & 0777) == 0755
    assert (byName['Procfile'].unixMode & 0777) == 0644
    assert (byName['config/'].unixMode & 0777) == 0755
    def jarBytes = zip.getInputStream(byName['spring-boot-jar-1.0.0.jar']).bytes
    assert jarBytes == new File(basedir, 'target/spring-boot-jar-1.0.0.jar').bytes
}
return true
