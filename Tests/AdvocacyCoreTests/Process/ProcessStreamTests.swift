import AdvocacyCore
import Testing

/// Input written while both outputs are drained, whatever order the program does things in.
@Suite struct ProcessStreamTests {
    static let mebibyte = 1 << 20

    @Test(arguments: [(errorLimit: 1 << 20, kept: 1 << 20, truncated: true), (16 << 20, 10 << 20, false)])
    func drainsAFloodOnStandardErrorBeforeTheInputIsRead(errorLimit: Int, kept: Int, truncated: Bool) async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("flood.sh", "head -c \(10 * Self.mebibyte) /dev/zero >&2; wc -c")
        var request = folder.request(program, input: Array(repeating: 0x61, count: Self.mebibyte))
        request.errorLimit = errorLimit
        let outcome = try await ProcessRunner.run(request)
        #expect(outcome.termination == .exited(0))
        #expect(outcome.outputString == "\(Self.mebibyte)\n")
        #expect(outcome.standardError.count == kept)
        #expect(outcome.errorTruncated == truncated)
        #expect(outcome.inputFullyWritten)
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var name: String
        var script: String
        var termination: ProcessOutcome.Termination
        var output: Int
        var testDescription: String { name }
    }

    /// Programs that do not take their 10 MB of input.
    static let refusals = [
        Refusal(name: "exits before reading", script: "exit 0", termination: .exited(0), output: 0),
        Refusal(name: "closes its input and goes on", script: "exec 0<&-; head -c 1000 /dev/zero; sleep 0.2",
                termination: .exited(0), output: 1000),
        Refusal(name: "dies mid-write", script: "head -c 1000 /dev/zero; head -c 5000 > /dev/null; kill -9 $$",
                termination: .signalled(9), output: 1000),
    ]

    @Test(arguments: refusals)
    func survivesAProgramThatDoesNotTakeItsInput(_ refusal: Refusal) async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("refuse.sh", refusal.script)
        let outcome = try await ProcessRunner.run(folder.request(program, input: Array(repeating: 0x61, count: 10 * Self.mebibyte)))
        #expect(outcome.termination == refusal.termination)
        #expect(outcome.standardOutput.count == refusal.output)
        #expect(!outcome.inputFullyWritten)
    }

    @Test func keepsOutputUpToItsLimitAndReadsTheRest() async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("chatty.sh", "head -c 20000000 /dev/zero; echo done >&2")
        var request = folder.request(program)
        request.outputLimit = 1000
        let outcome = try await ProcessRunner.run(request)
        #expect(outcome.termination == .exited(0))
        #expect(outcome.standardOutput == Array(repeating: 0, count: 1000))
        #expect(outcome.outputTruncated)
        #expect(try outcome.errorText() == "done\n")
        #expect(!outcome.errorTruncated)
    }

    @Test func givesEmptyInputAsAnImmediateEnd() async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("count.sh", "wc -c")
        let outcome = try await ProcessRunner.run(folder.request(program))
        #expect(outcome.outputString == "0\n")
        #expect(outcome.inputFullyWritten)
        #expect(!outcome.outputTruncated)
    }
}
