public import AdvocacyCore

/// The stages that ship with advocate, registered in one place.
public enum BuiltinStages {
    /// Every built-in stage, and the pipeline a campaign runs when it names none.
    public static let registry = StageRegistry(
        definitions: [
            .translate,
            .draftPositionPapers,
            .buildLists,
            .writeMailings,
            .translationReport,
        ],
        defaultPipeline: ["draft", "lists", "mailing", "translation-report"]
    )
}
