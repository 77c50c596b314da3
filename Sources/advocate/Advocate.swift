import AdvocacyCore
import ArgumentParser

/// `advocate`: campaigns written as YAML, turned into everything a campaign team sends out.
@main
struct Advocate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn advocacy campaigns written as YAML into papers, lists and mailings.",
        discussion: """
            CAMPAIGN is a path to a campaign file or the id of a campaign in Campaigns/.
            Exit status: 0 success, 64 usage, 65 invalid input, 66 missing input, 69 service \
            unavailable, 70 internal error, 73 cannot write output, 75 try again later.
            """,
        version: AdvocateVersion.current.text,
        subcommands: [Validate.self, Build.self, PipelineCommand.self, Plugins.self, Explain.self, New.self, I18n.self, Lists.self, Plan.self, Send.self, Bounces.self, Preview.self, Schema.self]
    )
}
