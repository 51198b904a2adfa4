import io.github.ebmaven.it.LiveProbe
import io.github.ebmaven.localaws.InvokerEndpoint

def aws = InvokerEndpoint.start(basedir)
// What users of the production CNAME see, every 100 ms, for the whole IT.
LiveProbe.start(aws, 'bg-shop.us-east-1.elasticbeanstalk.com', basedir)
return true
