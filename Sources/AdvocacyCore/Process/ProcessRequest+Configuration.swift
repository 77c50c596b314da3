import Foundation
import Subprocess
import SystemPackage

extension ProcessRequest {
    /// The request in swift-subprocess's terms: the program, its arguments and nothing but
    /// ``childEnvironment``, in a process group of its own that a teardown signals as a whole.
    var configuration: Configuration {
        var options = PlatformOptions()
        options.processGroupID = 0  // a new group, named by the child's own id
        options.teardownSequence = [.gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: terminationGrace)]
        return Configuration(
            executable: program,
            arguments: Arguments(arguments),
            environment: .custom(Dictionary(uniqueKeysWithValues: childEnvironment.compactMap { name, value in
                Environment.Key(rawValue: name).map { ($0, value) }
            })),
            workingDirectory: FilePath(workingDirectory.path),
            platformOptions: options)
    }

    /// A name is looked up on the child's `PATH`; a relative path starts at the working directory.
    private var program: Executable {
        guard executable.contains("/") else { return .name(executable) }
        let path = executable.hasPrefix("/") ? executable : workingDirectory.appendingPathComponent(executable).path
        return .path(FilePath(path))
    }
}
