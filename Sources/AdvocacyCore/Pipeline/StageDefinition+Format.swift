extension StageDefinition {
    /// The stage, owning `format`: the campaign keys it adds and the sections they refer to.
    /// A registry that registers the stage accepts them (``StageRegistry/format``); the core
    /// names none of them.
    public func owning(_ format: FormatExtension) -> StageDefinition {
        var definition = self
        definition.format = format
        return definition
    }
}
