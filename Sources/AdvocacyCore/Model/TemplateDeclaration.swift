/// What a campaign that serves as a template says about itself under `template:`.
public struct TemplateDeclaration: Sendable {
    /// The template's version, such as `1.0.0`, so partners know what they extend.
    public var version: Located<String>
    /// What the template is for.
    public var description: LocalizedText?
    /// The `vars` a partner must fill in.
    public var variables: [TemplateVariable]
    /// The oldest advocate version that can build it, such as `0.1`.
    public var requiredAdvocate: Located<String>?
}

/// A value a template leaves for each partner to give under `vars:`.
public struct TemplateVariable: Sendable {
    /// The name texts use as `{{vars.name}}`.
    public var name: Located<String>
    /// What to fill in, for the comment `advocate new` writes.
    public var description: Located<String>
}
