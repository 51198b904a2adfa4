import java.nio.file.*
import io.github.ebmaven.it.ItProjects

// The seed's Django app, copied from the repository's sample, committed in a fresh git repository.
ItProjects.copyDjangoSample(basedir)
// Compiled Python that .ebignore must keep out even though it is committed.
Path target = basedir.toPath()
Files.createDirectories(target.resolve('testapp/__pycache__'))
Files.write(target.resolve('testapp/__pycache__/wsgi.cpython-311.pyc'), [1, 2, 3] as byte[])
ItProjects.commitAll(basedir, 'seed')

// Work that is not committed must never ship.
Files.writeString(target.resolve('testapp/urls.py'), '# uncommitted edit\n', StandardOpenOption.APPEND)
Files.writeString(target.resolve('untracked-notes.txt'), 'not added to git\n')
return true
