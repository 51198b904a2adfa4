import org.apache.commons.io.FileUtils

// What an earlier run leaves behind, which the demo must remove before it starts: its work folder
// (with a file the new copy must not have), and the sample's build output and EB CLI folder.
def sample = new File(basedir, 'samples/django-testapp')
FileUtils.copyDirectory(new File(basedir, '../../../samples/django-testapp'), sample)
new File(sample, 'target/eb').mkdirs()
new File(sample, 'target/eb/deployment.json').text = '{"versionLabel":"stale"}'
new File(sample, '.elasticbeanstalk').mkdirs()
new File(sample, '.elasticbeanstalk/config.yml').text = 'branch-defaults: {}\n'
new File(basedir, 'work/django-testapp').mkdirs()
new File(basedir, 'work/django-testapp/stale.txt').text = 'from an earlier run'

// The demo reads its sample and work folder from these properties (the demo profile's defaults
// are samples/django-testapp and target/demo of the plugin's checkout).
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Ddemo.sample=${sample}\n-Ddemo.work=${new File(basedir, 'work')}\n"
return true
