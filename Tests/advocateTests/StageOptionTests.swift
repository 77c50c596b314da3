import AdvocacyFixtures
import Foundation
import Testing

/// Stage options, through the real binary: `validate` reports a misspelt name, a wrong type, a
/// value outside its choices or range, and a combination the stage refuses, each at its
/// file:line with exit 65, before anything runs; `pipeline --json` and `plugins --json` list
/// each option's type, default and help from the stage's declaration.
struct StageOptionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// The stage and its options, as the line after `- stage:` and `options:`.
        let stage: String
        let options: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "misspelt option", stage: "draft", options: "{ pfd: true }",
             expected: "49:16: error: stage 'draft' has no option 'pfd'; did you mean 'pdf'? (its options: list-sources, number-demands, html, pdf, pdf-engine, layout)"),
        Case(name: "wrong type", stage: "draft", options: "{ pdf: 1 }",
             expected: "49:21: error: option 'pdf' of stage 'draft' should be true or false"),
        Case(name: "provider outside its choices", stage: "translate", options: "{ provider: deepl }",
             expected: "49:26: error: option 'provider' of stage 'translate' should be one of memory, pseudo, command"),
        Case(name: "misspelt provider", stage: "translate", options: "{ provider: comand, command: [true] }",
             expected: "49:26: error: option 'provider' of stage 'translate' should be one of memory, pseudo, command; did you mean 'command'?"),
        Case(name: "command provider without a command", stage: "translate", options: "{ provider: command }",
             expected: "49:26: error: the command provider needs 'command: [program, arguments…]' in the stage's options"),
        Case(name: "timeout out of range", stage: "translate", options: "{ timeout: 0 }",
             expected: "49:25: error: option 'timeout' of stage 'translate' should be a whole number from 1 to 3600"),
        Case(name: "layout outside the project", stage: "draft", options: "{ layout: /etc/passwd }",
             expected: "49:24: error: option 'layout' of stage 'draft': the path '/etc/passwd' is absolute; write it relative to the project folder"),
        Case(name: "layout missing", stage: "draft", options: "{ layout: layouts/none.mustache }",
             expected: "49:24: error: option 'layout' of stage 'draft': there is no file 'layouts/none.mustache' in the project; give the path of a file inside the project folder"),
        Case(name: "layout a folder", stage: "draft", options: "{ layout: Campaigns }",
             expected: "49:24: error: option 'layout' of stage 'draft': the path 'Campaigns' is a folder, not a regular file; name a file"),
    ]

    @Test(arguments: cases)
    func validateReportsAWrongOption(_ mistake: Case) throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml(id: "sample") + "pipeline:\n  - stage: \(mistake.stage)\n    options: \(mistake.options)\n")
        let result = try project.advocate("validate")
        #expect(!result.crashed)
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").contains("Campaigns/sample.yaml:\(Substring(mistake.expected))"), "stderr was:\n\(result.stderr)")

        let build = try project.advocate("build", "sample")
        #expect(build.status == 65)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out").path))
    }

    @Test func pipelineJSONListsEachOptionsTypeDefaultAndHelp() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml(id: "sample")
            + "pipeline:\n  - stage: translate\n    options: { provider: pseudo }\n  - draft\n")
        let result = try project.advocate("pipeline", "sample", "--json")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let stages = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let translate = try #require(stages.first?["options"] as? [[String: Any]])
        #expect(translate.map { $0["name"] as? String } == ["provider", "command", "timeout"])
        #expect(translate.map { $0["value"] as? String } == ["pseudo", "[]", "120"])
        #expect(translate.map { $0["default"] as? String } == ["memory", "[]", "120"])
        #expect(translate.map { $0["type"] as? String } == [
            "one of memory, pseudo, command", "a command: a list of a program and its arguments", "a whole number from 1 to 3600",
        ])
        #expect(translate.first?["choices"] as? [String] == ["memory", "pseudo", "command"])
        #expect(translate.allSatisfy { ($0["help"] as? String)?.isEmpty == false })
        let draft = try #require(stages.last?["options"] as? [[String: Any]])
        #expect(draft.first { $0["name"] as? String == "pdf" }?["help"] as? String == "Also print the HTML to PDF with the PDF engine.")
        #expect(draft.first { $0["name"] as? String == "layout" }?["type"] as? String == "a path inside the project")
    }

    @Test func pluginsListsEachOptionFromTheSameDeclaration() throws {
        let project = try TemporaryProject()
        let json = try project.advocate("plugins", "--json")
        let plugins = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let translate = try #require(plugins.first { $0["name"] as? String == "translate" }?["options"] as? [[String: Any]])
        #expect(translate.first?["type"] as? String == "one of memory, pseudo, command")
        #expect(translate.first?["choices"] as? [String] == ["memory", "pseudo", "command"])
        #expect(translate.first?["default"] as? String == "memory")

        let text = try project.advocate("plugins")
        #expect(text.stdout.contains("    timeout (a whole number from 1 to 3600; default 120) — For the command provider: seconds per language.\n"))
    }
}
