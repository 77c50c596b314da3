/// The stages a campaign asks for under `pipeline:`, before they are checked against the stages
/// that exist.
public struct PipelineSpec: Sendable {
    /// The stages, in the order they run.
    public var stages: [StageReference]
    /// Where the `pipeline:` key is written.
    public var location: SourceLocation
}

/// One entry of `pipeline:`: a stage's name and the options given to it.
public struct StageReference: Sendable {
    /// The stage's name.
    public var name: Located<String>
    /// The options, as written; the stage's definition gives them their types.
    public var options: [YAMLMappingEntry]
    /// The program to run, when the entry declares an external stage with `command:`.
    public var plugin: PluginDeclaration?
}
