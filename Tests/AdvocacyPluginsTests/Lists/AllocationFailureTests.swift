@testable import AdvocacyCore
@testable import AdvocacyPlugins
import Testing

/// Memory the system refuses is an error the reader reports, never the end of the process.
/// The sizes here are impossible, so the refusal is certain on any machine; none is passed to
/// `malloc`, whose refusal the address sanitizer would report as a crash of its own.
struct AllocationFailureTests {
    @Test func aVectorLargerThanMemoryCanHoldIsAFailure() {
        #expect(throws: AllocationFailure(bytes: .max)) { try PlainVector<UInt64>(capacity: .max / 2) }
    }

    @Test func anIndexTheKernelCannotMapIsAFailure() {
        // 2^61 bytes: more address space than any x86-64 or arm64 process has.
        #expect(throws: AllocationFailure(bytes: 1 << 61)) { try LargeBuffer<UInt64>(capacity: 1 << 58) }
    }

    @Test func aRefusalReadsAsTheMachinesStateAndSaysWhatToDo() {
        let problem = CSVProblem(AllocationFailure(bytes: 3 << 20), at: SourceLocation(file: "contacts.csv", line: 1, column: 1))
        #expect(problem.isOutOfMemory)
        #expect(problem.diagnostic.description == "contacts.csv:1:1: error: there is not enough memory to read the contacts "
            + "(3 MiB more were refused); close other programs or split the file, and run again.")
    }

    @Test func aVectorThatGrowsFromNothingKeepsItsElements() throws {
        let vector = PlainVector<UInt32>()
        for value in 0..<1_000 { try vector.append(UInt32(value)) }
        #expect(Array(vector.buffer(from: 0, count: vector.count)) == (0..<1_000).map(UInt32.init))
    }
}
