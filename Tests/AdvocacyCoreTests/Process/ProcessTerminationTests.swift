import AdvocacyCore
import Testing

/// How runs end: by themselves, by a signal, or by their timeout, with nothing left behind.
@Suite struct ProcessTerminationTests {
    struct Ending: CustomTestStringConvertible, Sendable {
        var name: String
        var script: String
        var termination: ProcessOutcome.Termination
        var testDescription: String { name }
    }

    static let endings = [
        Ending(name: "exits zero", script: "echo fine", termination: .exited(0)),
        Ending(name: "exits non-zero", script: "echo 'no campaign' >&2; exit 3", termination: .exited(3)),
        Ending(name: "kills itself", script: "kill -9 $$", termination: .signalled(9)),
    ]

    @Test(arguments: endings)
    func reportsHowTheProgramEnded(_ ending: Ending) async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("program.sh", ending.script)
        let outcome = try await ProcessRunner.run(folder.request(program))
        #expect(outcome.termination == ending.termination)
    }

    struct Hang: CustomTestStringConvertible, Sendable {
        var name: String
        var script: String
        var leavesGrandchild: Bool
        var testDescription: String { name }
    }

    /// Each writes `started` first; grandchildren write their id to `grandchild.pid`.
    static let hangs = [
        Hang(name: "sleeps", script: "echo started; sleep 60", leavesGrandchild: false),
        Hang(name: "ignores SIGTERM", script: "trap '' TERM; echo started; sleep 60", leavesGrandchild: false),
        Hang(name: "leaves a grandchild that ignores SIGTERM",
             script: "(trap '' TERM; exec sleep 60) & echo $! > grandchild.pid; echo started; wait",
             leavesGrandchild: true),
        Hang(name: "ignores SIGTERM, as does its grandchild",
             script: "trap '' TERM; sleep 60 & echo $! > grandchild.pid; echo started; wait",
             leavesGrandchild: true),
    ]

    @Test(arguments: hangs)
    func timesOutAndKillsTheWholeGroup(_ hang: Hang) async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("hang.sh", hang.script)
        var request = folder.request(program, timeout: .milliseconds(500))
        request.terminationGrace = .milliseconds(500)
        let outcome = try await ProcessRunner.run(request)
        #expect(outcome.termination == .timedOut)
        #expect(outcome.outputString == "started\n")
        if hang.leavesGrandchild {
            let grandchild = try #require(folder.read("grandchild.pid").flatMap { Int32($0) })
            #expect(await ProcessTable.ends(grandchild, within: .seconds(5)))
        }
    }

    @Test func reportsStandardErrorOfAFailure() async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("fail.sh", "echo 'no campaign' >&2; exit 3")
        let outcome = try await ProcessRunner.run(folder.request(program))
        #expect(try outcome.errorText() == "no campaign\n")
        #expect(outcome.standardOutput.isEmpty)
    }
}
