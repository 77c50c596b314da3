import Subprocess

extension AdvocateError {
    /// Why the request's program could not be run, naming it and saying what to do.
    init(running request: ProcessRequest, failure: any Error) {
        let program = request.executable
        guard let failure = failure as? SubprocessError else {
            self.init(.internalError, "running '\(program)' failed: \(failure)")
            return
        }
        switch failure.code {
        case .executableNotFound where program.contains("/"):
            self.init(.unavailable, "the program '\(program)' does not exist or is not executable; check the path and the file's permissions")
        case .executableNotFound:
            let path = request.childEnvironment["PATH"] ?? ""
            self.init(.unavailable, "the program '\(program)' was not found on PATH (\(path)) or is not executable; install it, or give its full path")
        case .spawnFailed:
            let reason = failure.underlyingError.map { "\($0)" } ?? "\(failure)"
            self.init(.unavailable, "the program '\(program)' could not be started: \(reason); check that it is a program this machine can run")
        case .failedToChangeWorkingDirectory:
            self.init(.missingInput, "cannot run '\(program)' in '\(request.workingDirectory.path)': the folder does not exist or cannot be entered")
        default:
            self.init(.internalError, "running '\(program)' failed: \(failure)")
        }
    }
}
