import io.github.ebmaven.it.ItProjects
import io.github.ebmaven.localaws.InvokerEndpoint

ItProjects.copyDjangoSample(basedir)
ItProjects.commitAll(basedir, 'seed')
InvokerEndpoint.start(basedir)
return true
