import io.github.ebmaven.localaws.*
import java.time.Duration

InvokerEndpoint.start(basedir)
return true
