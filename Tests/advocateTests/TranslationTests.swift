import AdvocacyFixtures
import Foundation
import Testing

/// Translation through the real binary: staleness, exchange with translators, the translate
/// stage and its providers, the glossary, fallbacks and the sending policy.
struct TranslationTests {
    /// A project with the sample campaign, every translation recorded as reviewed.
    private func reviewedProject(_ yaml: String = SampleCampaign.yaml()) throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", yaml)
        #expect(try project.advocate("i18n", "review", "sample", "--lang", "nl", "--all").status == 0)
        #expect(try project.advocate("i18n", "review", "sample", "--lang", "en", "--all").status == 0)
        return project
    }

    private func text(_ project: TemporaryProject, _ path: String) throws -> String {
        String(decoding: try project.read(path), as: UTF8.self)
    }

    @Test func rewritingTheSourceMakesItsTranslationsStale() throws {
        let project = try reviewedProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("Payer le temps réellement travaillé.", with: "Payer tout le temps travaillé."))
        let status = try project.advocate("i18n", "status", "sample")
        #expect(status.stdout == """
            sample: written in French (fr)
            nl: 10 texts: 9 reviewed, 0 translated, 0 machine, 1 stale, 0 missing
              stale    demands.fair-price.body
            en: 10 texts: 9 reviewed, 0 translated, 0 machine, 1 stale, 0 missing
              stale    demands.fair-price.body

            """)
        let json = try JSONSerialization.jsonObject(with: Data(try project.advocate("i18n", "status", "sample", "--json").stdout.utf8)) as? [String: Any]
        let dutch = (json?["languages"] as? [String: Any])?["nl"] as? [String: Any]
        #expect((dutch?["counts"] as? [String: Int])?["stale"] == 1)
    }

    @Test func exportGivesTheTranslatorExactlyTheNewAndStaleTextsAsGettextReadsThem() throws {
        let project = try reviewedProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml()
            .replacingOnce("Payer le temps réellement travaillé.", with: "Payer tout le temps travaillé.")
            .replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: "")
            .replacingOnce("{ fr: Sans trous., nl: Zonder gaten., en: Without gaps. }", with: "{ fr: Sans aucun trou., nl: Zonder gaten., en: Without gaps. }"))
        let export = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "-o", "nl.po")
        #expect(export.status == 0, "stderr was:\n\(export.stderr)")
        let po = try text(project, "nl.po")
        #expect(po.contains("msgctxt \"demands.fair-price.body\"\nmsgid \"Payer tout le temps travaillé.\"\nmsgstr \"\"\n"))
        #expect(po.contains("#, fuzzy\n#| msgctxt \"demands.protection.body\"\n#| msgid \"Sans trous.\"\nmsgctxt \"demands.protection.body\"\nmsgid \"Sans aucun trou.\"\nmsgstr \"Zonder gaten.\"\n"))
        #expect(!po.contains("demands.fair-price.title"), "an up-to-date text is not exported")
        let msgfmt = try ExternalCheck.run("msgfmt", ["-c", "--check-format", "-o", "/dev/null", "nl.po"], in: project.root)
        #expect(msgfmt.status == 0, "msgfmt said:\n\(msgfmt.output)")

        _ = try project.advocate("i18n", "export", "sample", "--lang", "en", "--format", "xliff", "--all", "-o", "en.xlf")
        let parsed = try ExternalCheck.run("python3", ["-c", """
            import xml.etree.ElementTree as ET
            ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
            root = ET.parse("en.xlf").getroot()
            print(root.get("srcLang"), root.get("trgLang"), len(root.findall(".//x:unit", ns)))
            """], in: project.root)
        #expect(parsed.output == "fr en 10\n")
    }

    @Test func aTranslatedFileComesBackIn() throws {
        let project = try reviewedProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: ""))
        _ = try project.advocate("i18n", "export", "sample", "--lang", "nl", "--format", "po", "-o", "nl.po")
        try project.write("nl.po", try text(project, "nl.po").replacingOnce(
            "msgid \"Payer le temps réellement travaillé.\"\nmsgstr \"\"", with: "msgid \"Payer le temps réellement travaillé.\"\nmsgstr \"Betaal elk gewerkt uur.\""))
        let imported = try project.advocate("i18n", "import", "nl.po")
        #expect(imported.status == 0, "stderr was:\n\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("sample nl: 1 added, 0 updated, 0 unchanged, 0 left unfinished\n  added    demands.fair-price.body\n"))
        _ = try project.advocate("build", "sample", "--lang", "nl")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").contains("Betaal elk gewerkt uur."))
        #expect(try project.advocate("i18n", "status", "sample").stdout.contains("nl: 10 texts: 9 reviewed, 1 translated"))
    }

    struct BadImport: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let content: String
        let expected: String
        var testDescription: String { name }
    }

    static let poHeader = "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: sample\\n\"\n\"Language: nl\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"X-Source-Language: fr\\n\"\n\n"

    static let badImports: [BadImport] = [
        BadImport(name: "placeholder dropped", file: "nl.po",
                  content: poHeader + "msgctxt \"title\"\nmsgid \"Bonjour {{first_name}}\"\nmsgstr \"Hallo\"\n",
                  expected: "nl.po:10:1: error: the translation of 'title' drops {{first_name}}"),
        BadImport(name: "unterminated string", file: "nl.po", content: poHeader + "msgctxt \"title\"\nmsgid \"Un juste prix\nmsgstr \"x\"\n",
                  expected: "nl.po:9:7: error:"),
        BadImport(name: "missing msgstr", file: "nl.po", content: poHeader + "msgctxt \"title\"\nmsgid \"Un juste prix\"\n",
                  expected: "nl.po:9:1: error:"),
        BadImport(name: "bad escape", file: "nl.po", content: poHeader + "msgctxt \"title\"\nmsgid \"Un \\q prix\"\nmsgstr \"x\"\n",
                  expected: "nl.po:9:"),
        BadImport(name: "unknown campaign", file: "nl.po", content: poHeader.replacingOccurrences(of: "Version: sample", with: "Version: nowhere") + "msgctxt \"title\"\nmsgid \"Un juste prix\"\nmsgstr \"Een prijs\"\n",
                  expected: "error: there is no campaign 'nowhere' in this project to import into"),
        BadImport(name: "unknown key", file: "nl.po", content: poHeader + "msgctxt \"demands.nowhere.title\"\nmsgid \"Un juste prix\"\nmsgstr \"Een prijs\"\n",
                  expected: "error: campaign 'sample' has no text 'demands.nowhere.title'"),
        BadImport(name: "unknown language", file: "de.po", content: poHeader.replacingOccurrences(of: "Language: nl", with: "Language: de") + "msgctxt \"title\"\nmsgid \"Un juste prix\"\nmsgstr \"Ein Preis\"\n",
                  expected: "error: campaign 'sample' is not translated into German (de)"),
        BadImport(name: "XLIFF with a DOCTYPE", file: "nl.xlf", content: "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff/>\n",
                  expected: "nl.xlf:2:1: error: a DOCTYPE is refused"),
    ]

    @Test(arguments: badImports)
    func aWrongFileIsRefusedAndNothingIsMerged(_ bad: BadImport) throws {
        let project = try reviewedProject()
        let recordsBefore = try project.read("Campaigns/translations/sample.yaml")
        try project.write(bad.file, bad.content)
        let result = try project.advocate("i18n", "import", bad.file)
        #expect(!result.crashed)
        #expect(result.status == 65)
        #expect(result.stderr.contains(bad.expected), "stderr was:\n\(result.stderr)")
        #expect(try project.read("Campaigns/translations/sample.yaml") == recordsBefore)
    }

    @Test func pseudoLocalisationFillsEveryTextAndThePolicyHoldsItBack() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: translate\n    options: { provider: pseudo }\n  - draft\n  - translation-report\n")
        let result = try project.advocate("build", "sample", "--lang", "nl")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").hasPrefix("# ⟦Üñ ĵüšŧé þřîẋ~~~~~⟧\n"))
        #expect(result.stderr.contains("warning: 10 nl texts may not be sent under the translation policy (10 machine)"))
        let report = try text(project, "out/sample/i18n/report.json")
        #expect(report.contains("\"reason\" : \"machine\""))
    }

    @Test func anEngineBehindACommandTranslatesOnceAndItsWorkWaitsForReview() throws {
        let project = try TemporaryProject()
        let server = try LoopbackServer(script: LibreTranslateStandIn.script, in: project.root)
        try project.write("plugins/libretranslate_hook.py", try String(contentsOf: RealCampaignsTests.repositoryRoot.appendingPathComponent("plugins/libretranslate_hook.py"), encoding: .utf8))
        let yaml = SampleCampaign.yaml()
            .replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: "")
            .replacingOnce("      fr: Payer le temps réellement travaillé.", with: "      fr: Payer le temps de {{vars.who}} chez Smart.")
            .replacingOnce("      en: Pay for the time actually worked.", with: "      en: Pay {{vars.who}} at Smart.")
            + "vars: { who: '{{first_name}}' }\nglossary:\n  - term: Smart\npipeline:\n  - stage: translate\n    options:\n      provider: command\n      command: [python3, plugins/libretranslate_hook.py, --url, 'http://127.0.0.1:\(server.port)']\n  - draft\n  - translation-report\n"
        try project.campaign("sample.yaml", yaml)

        let first = try project.advocate("build", "sample", "--lang", "nl")
        #expect(first.status == 0, "stderr was:\n\(first.stderr)")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").contains("[nl] Payer le temps de {{first_name}} chez Smart."))
        let requests = try text(project, "requests.log")
        #expect(requests.split(separator: "\n").count == 1)
        #expect(requests.contains("\"q\": \"Payer le temps de [[0]] chez [[1]].\""), "placeholders and glossary terms never reach the engine")
        #expect(try text(project, "Campaigns/translations/sample.yaml").contains("state: machine"))
        #expect(first.stderr.contains("1 nl text may not be sent under the translation policy (1 machine)"))

        _ = try project.advocate("build", "sample", "--lang", "nl")
        #expect(try text(project, "requests.log").split(separator: "\n").count == 1, "a cached answer is not asked for again")

        let review = try project.advocate("i18n", "review", "sample", "--lang", "nl")
        #expect(review.stdout == "sample nl: 1 marked reviewed\n")
        let after = try project.advocate("build", "sample", "--lang", "nl")
        #expect(!after.stderr.contains("may not be sent"))
    }

    @Test(arguments: [
        ("hangs", "import time\ntime.sleep(600)\n", "error: stage 'translate': the translation hook 'python3' did not answer within 1 s and was stopped"),
        ("answers garbage", "import sys\nsys.stdin.read()\nprint('{\"translation\": 42}')\n", "error: stage 'translate': the translation hook 'python3' did not answer with {\"translations\": [{\"key\", \"text\"}…]}"),
        ("fails", "import sys\nsys.stderr.write('quota exceeded\\n')\nsys.exit(2)\n", "quota exceeded"),
    ])
    func aBrokenHookIsAClearErrorAndNothingIsRecorded(name: String, script: String, expected: String) throws {
        let project = try TemporaryProject()
        try project.write("hook.py", script)
        try project.campaign("sample.yaml", SampleCampaign.yaml().replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: "")
            + "pipeline:\n  - stage: translate\n    options: { provider: command, command: [python3, hook.py], timeout: 1 }\n  - draft\n")
        let result = try project.advocate("build", "sample", "--lang", "nl")
        #expect(!result.crashed)
        #expect(result.status == 69, "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains(expected), "stderr was:\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Campaigns/translations/sample.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("out/sample").path))
    }

    @Test func theGlossaryIsCheckedAndFallbackChainsAreFollowed() throws {
        let yaml = SampleCampaign.yaml()
            .replacingOnce("      nl: Betaal de werkelijk gewerkte tijd.\n", with: "")
            .replacingOnce("      fr: Payer le temps réellement travaillé.", with: "      fr: Payer le temps travaillé chez SmartLabs.")
            .replacingOnce("      en: Pay for the time actually worked.", with: "      en: Pay the time worked at Smart Labs.")
            + "glossary:\n  - term: SmartLabs\nfallbacks:\n  nl: [en]\ntranslation-policy:\n  nl: { allow: [missing] }\n"
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", yaml)
        let status = try project.advocate("i18n", "status", "sample")
        #expect(status.stdout.contains("glossary: en demands.fair-price.body: 'SmartLabs' should appear as 'SmartLabs'"))
        let build = try project.advocate("build", "sample", "--lang", "nl")
        #expect(try text(project, "out/sample/papers/nl/position-paper.md").contains("### 1. Een eerlijke prijs\n\nPay the time worked at Smart Labs.\n"))
        let report = try text(project, "out/sample/i18n/report.json")
        #expect(report.contains("\"key\" : \"demands.fair-price.body\",\n          \"usedLanguage\" : \"en\""))
        #expect(!build.stderr.contains("may not be sent"), "the policy allows missing Dutch texts")
    }
}
