import java.nio.file.*
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// The seed's Django app, copied from the repository's sample, committed in a fresh git repository.
Path sample = basedir.toPath().resolve('../../../samples/django-testapp').normalize()
Path target = basedir.toPath()
Files.walk(sample).withCloseable { paths ->
    paths.each { Path source ->
        String relative = sample.relativize(source).toString()
        if (relative.isEmpty() || relative == 'pom.xml' || relative.startsWith('target')) return
        Path copy = target.resolve(relative)
        if (Files.isDirectory(source)) {
            Files.createDirectories(copy)
        } else {
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES)
        }
    }
}
// Compiled Python that .ebignore must keep out even though it is committed.
Files.createDirectories(target.resolve('testapp/__pycache__'))
Files.write(target.resolve('testapp/__pycache__/wsgi.cpython-311.pyc'), [1, 2, 3] as byte[])
Files.writeString(target.resolve('.gitignore'), 'target/\nbuild.log\n')

def ident = new PersonIdent('IT', 'it@example.invalid', new Date(1764403200000L), TimeZone.getTimeZone('UTC'))
Git.init().setDirectory(basedir).setInitialBranch('main').call().withCloseable { git ->
    git.add().addFilepattern('.').call()
    git.commit().setMessage('seed').setAuthor(ident).setCommitter(ident).setSign(false).call()
}

// Work that is not committed must never ship.
Files.writeString(target.resolve('testapp/urls.py'), '# uncommitted edit\n', StandardOpenOption.APPEND)
Files.writeString(target.resolve('untracked-notes.txt'), 'not added to git\n')
return true
