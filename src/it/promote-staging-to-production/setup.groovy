import io.github.ebmaven.localaws.InvokerEndpoint

InvokerEndpoint.start(basedir)
return true
