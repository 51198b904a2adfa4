import java.nio.file.*
import java.nio.file.attribute.PosixFilePermissions
// EB runs platform hooks only when they are executable.
Files.setPosixFilePermissions(basedir.toPath().resolve('.platform/hooks/predeploy/01-hello.sh'),
        PosixFilePermissions.fromString('rwxr-xr-x'))
return true
