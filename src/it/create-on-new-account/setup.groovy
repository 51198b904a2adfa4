import io.github.ebmaven.localaws.InvokerEndpoint

// A new account: no instance profile, no service role, no launch configurations.
InvokerEndpoint.start(basedir)
return true
