import java.nio.file.*
// A link that climbs out of the project: on the EB instance it would dangle or expose host files.
Files.createSymbolicLink(basedir.toPath().resolve('site/shared'), Paths.get('../../../etc'))
return true
