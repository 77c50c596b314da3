import AdvocacyCore

/// The options of the `lists` stage.
struct ListsOptions: StageOptionSet {
    var excel = false

    static let options: [StageOptionField<Self>] = [
        .init("excel", \.excel, help: "Write the lists as Excel opens them in Belgium and France: a byte order mark and ';'."),
    ]
}
