import AdvocacyFixtures
import Foundation
import Testing

/// `OUT/<id>/` is always one whole output, whatever kills a build and however many run at once.
struct AtomicOutputTests {
    /// The steps of the swap (the writer's `SwapStep`), and which output a kill after each leaves.
    @Test(arguments: [
        ("temporary-files-removed", "previous"), ("manifest-written", "previous"),
        ("swapped", "new"), ("previous-removed", "new"),
    ])
    func aKillAtEveryStepOfTheSwapLeavesOneWholeOutput(step: String, survivor: String) throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        // The previous output has the French papers only, the new one every language (a build of
        // one language keeps the others, so the previous one is the narrower).
        #expect(try project.advocate("build", "sample", "--out", "expected").status == 0)
        #expect(try project.advocate("build", "sample", "--lang", "fr").status == 0)
        let previous = try project.read("out/sample/manifest.json"), new = try project.read("expected/sample/manifest.json")
        #expect(previous != new)

        let killed = try AdvocateProcess.run(
            ["build", "sample"], in: project.root, environment: ["ADVOCATE_TEST_CRASH_AFTER": step])
        #expect(killed.crashed && killed.status == SIGKILL, "the build was not killed after '\(step)': \(killed.stderr)")
        let output = project.root.appendingPathComponent("out/sample")
        #expect(try OutputCheck.completeness(of: output) == "complete")
        #expect(try project.read("out/sample/manifest.json") == (survivor == "new" ? new : previous))

        let next = try project.advocate("build", "sample")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try OutputCheck.completeness(of: output) == "complete")
        #expect(try project.read("out/sample/manifest.json") == new)
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("out").path).sorted() == [".sample.lock", "sample"])
    }

    @Test func aSecondBuildOfACampaignBeingBuiltRefusesWithExit75() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        #expect(try project.advocate("build", "sample").status == 0)
        let manifest = try project.read("out/sample/manifest.json")

        // The test holds the lock, as a build still running would.
        let lock = open(project.root.appendingPathComponent("out/.sample.lock").path, O_RDWR)
        #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0)
        let refused = try project.advocate("build", "sample", "--lang", "fr")
        #expect(refused.status == 75)
        #expect(refused.stderr == "error: another build of 'sample' is writing out/sample; try again when it ends\n")
        #expect(try project.read("out/sample/manifest.json") == manifest)

        close(lock)
        #expect(try project.advocate("build", "sample", "--lang", "fr").status == 0)
    }

    @Test func buildsStartedTogetherEndWithOneWholeOutput() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        let output = project.root.appendingPathComponent("out/sample")
        for round in 0..<8 {
            let languages = ["fr", "nl"]
            let runs = try languages.map { try AdvocateProcess.start(["build", "sample", "--lang", $0], in: project.root) }
            let results = runs.map { $0.wait() }
            let statuses = results.map(\.status)
            #expect(statuses == [0, 0] || statuses.sorted() == [0, 75], "round \(round): \(results.map(\.stderr))")
            for result in results where result.status == 75 {
                #expect(result.stderr == "error: another build of 'sample' is writing out/sample; try again when it ends\n")
            }
            #expect(try OutputCheck.completeness(of: output) == "complete", "round \(round)")
        }
    }

    @Test func aPDFEnginesTemporaryFilesStayInsideTheStagingFolder() throws {
        let project = try TemporaryProject()
        try project.campaign(
            "sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { pdf: true, pdf-engine: [./engine] }\n")
        // An engine that records where its input and its TMPDIR are, and kills advocate while it
        // prints when told to.
        try project.write("engine", """
            #!/bin/sh
            printf '%s\\n%s\\n' "$1" "$TMPDIR" >> inputs.txt
            if [ -e kill-advocate ]; then kill -KILL "$PPID"; exit 1; fi
            printf '%%PDF-1.4\\n' > "$2"

            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: project.root.appendingPathComponent("engine").path)
        let staging = project.root.appendingPathComponent("out/.sample.partial-").path

        #expect(try project.advocate("build", "sample", "--lang", "fr").status == 0)
        let printed = String(decoding: try project.read("inputs.txt"), as: UTF8.self).split(separator: "\n")
        #expect(printed.count == 2 && printed.allSatisfy { $0.hasPrefix(staging) }, "the engine's input and TMPDIR were \(printed)")
        #expect(try OutputCheck.completeness(of: project.root.appendingPathComponent("out/sample")) == "complete")

        try project.write("kill-advocate", "")
        try project.write("inputs.txt", "")
        #expect(try project.advocate("build", "sample", "--lang", "fr").crashed)
        let killedInput = String(decoding: try project.read("inputs.txt"), as: UTF8.self).split(separator: "\n")
        #expect(killedInput.count == 2 && killedInput.allSatisfy { $0.hasPrefix(staging) }, "the engine's input and TMPDIR were \(killedInput)")

        try FileManager.default.removeItem(at: project.root.appendingPathComponent("kill-advocate"))
        #expect(try project.advocate("build", "sample", "--lang", "fr").status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("out").path).sorted() == [".sample.lock", "sample"])
    }
}
