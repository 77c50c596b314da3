/// One file of a campaign's chain: the campaign itself, or a template or campaign it extends.
public struct Layer: Sendable {
    /// The file, as diagnostics show it.
    public let file: String
    /// The campaign id the file declares, or its file name when it declares none.
    public let name: String
    /// The file's YAML.
    let root: YAMLNode
    /// The file's lines, for diagnostics.
    let source: SourceText

    /// The `template:` declaration, if the file is a template.
    var template: YAMLNode? { root["template"] }
    /// The `extends:` value, if the file extends another.
    var extends: YAMLNode? { root["extends"] }
}
