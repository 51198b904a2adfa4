import java.nio.file.*
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

Files.writeString(basedir.toPath().resolve('.gitignore'), 'target/\nbuild.log\n')
def ident = new PersonIdent('IT', 'it@example.invalid', new Date(1764403200000L), TimeZone.getTimeZone('UTC'))
Git.init().setDirectory(basedir).setInitialBranch('main').call().withCloseable { git ->
    git.add().addFilepattern('.').call()
    git.commit().setMessage('app').setAuthor(ident).setCommitter(ident).setSign(false).call()
}
File clone = new File(basedir.parentFile, 'reproducible-clone')
clone.deleteDir()
Git.cloneRepository().setURI(basedir.toURI().toString()).setDirectory(clone).call().close()
return true
