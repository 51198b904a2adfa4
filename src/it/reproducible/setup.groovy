import org.eclipse.jgit.api.Git
import io.github.ebmaven.it.ItProjects

ItProjects.commitAll(basedir, 'app')
File clone = new File(basedir.parentFile, 'reproducible-clone')
clone.deleteDir()
Git.cloneRepository().setURI(basedir.toURI().toString()).setDirectory(clone).call().close()
return true
