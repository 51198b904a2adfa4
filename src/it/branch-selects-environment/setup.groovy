import io.github.ebmaven.it.ItProjects
import io.github.ebmaven.localaws.InvokerEndpoint
import org.eclipse.jgit.api.Git

ItProjects.commitAll(basedir, 'first')
def git = Git.open(basedir)
git.checkout().setCreateBranch(true).setName('release/2.0').call()
git.close()
InvokerEndpoint.start(basedir)
return true
