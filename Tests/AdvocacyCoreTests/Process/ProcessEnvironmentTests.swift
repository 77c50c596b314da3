import AdvocacyCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a program starts with: a minimal environment, the project root, and no stray descriptors.
@Suite struct ProcessEnvironmentTests {
    @Test func startsWithTheMinimalEnvironmentAndTheVariablesPassed() async throws {
        setenv("ADVOCATE_TEST_LEAK", "from the parent", 1)
        let folder = try ScriptFolder()
        var request = folder.request("env")
        request.environment = ["ADVOCATE_STAGE": "translate", "LANG": "fr_BE.UTF-8"]
        let outcome = try await ProcessRunner.run(request)
        let lines = outcome.outputString.split(separator: "\n").map(String.init)
        let variables = Dictionary(uniqueKeysWithValues: lines.map { line in
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        })
        #expect(variables == request.childEnvironment)
        #expect(variables["ADVOCATE_TEST_LEAK"] == nil)
        #expect(variables["ADVOCATE_STAGE"] == "translate")
        #expect(variables["LANG"] == "fr_BE.UTF-8")
        #expect(variables["LC_ALL"] == "C.UTF-8")
        #expect(variables["PATH"] == ProcessRequest.safePath)
    }

    @Test func findsAProgramOnThePathGiven() async throws {
        let folder = try ScriptFolder()
        try folder.script("bin/advocate-hook", "echo hook ran")
        var request = folder.request("advocate-hook")
        request.environment = ["PATH": folder.root.appendingPathComponent("bin").path + ":" + ProcessRequest.safePath]
        #expect(try await ProcessRunner.run(request).outputString == "hook ran\n")
    }

    @Test(arguments: ["pwd", "tools/where.sh", "./tools/where.sh"])
    func runsInTheWorkingDirectory(_ program: String) async throws {
        let folder = try ScriptFolder()
        try folder.script("tools/where.sh", "pwd -P")
        let outcome = try await ProcessRunner.run(folder.request(program))
        #expect(outcome.outputString == folder.root.path + "\n")
    }

    @Test func inheritsNoOtherDescriptor() async throws {
        let folder = try ScriptFolder()
        // F_DUPFD takes the lowest free number from 200 up, so no other test's descriptor is
        // touched, and leaves close-on-exec unset: only the runner keeps it from the child.
        let devNull = open("/dev/null", O_WRONLY)
        let stray = fcntl(devNull, F_DUPFD, 200)
        close(devNull)
        defer { close(stray) }
        try #require(stray >= 200)
        let program = try folder.script("fds.sh", "if { : >&\(stray); } 2>/dev/null; then echo inherited; else echo closed; fi")
        #expect(try await ProcessRunner.run(folder.request(program)).outputString == "closed\n")
    }

    @Test func runsInAProcessGroupOfItsOwn() async throws {
        let folder = try ScriptFolder()
        // The fifth field of /proc/PID/stat is the process group.
        let program = try folder.script("group.sh", "echo $$ $(cut -d' ' -f5 /proc/$$/stat)")
        let ids = try await ProcessRunner.run(folder.request(program)).outputString.split(whereSeparator: \.isWhitespace)
        try #require(ids.count == 2)
        #expect(ids[0] == ids[1])
        #expect(Int32(ids[0]) != getpgrp())
    }
}
