import io.github.ebmaven.it.ItProjects
import io.github.ebmaven.localaws.InvokerEndpoint

ItProjects.copyDjangoSample(basedir)
new File(basedir, 'src/main/eb').mkdirs()
new File(basedir, 'src/main/eb/maintenance.html').text = '<!DOCTYPE html>\n<title>Shop maintenance</title>\n<p>Back at 10:00 UTC.</p>\n'
ItProjects.commitAll(basedir, 'typed configuration')
InvokerEndpoint.start(basedir)
return true
