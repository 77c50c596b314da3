/// What stages decoded from the campaign keys they own (``FormatExtension``), kept on the
/// mapping the keys were written in (``Campaign/stageData``, ``Audience/stageData``, ``Mailing/stageData``) and read
/// back by type, so that the core carries a stage's part of the format without naming it.
public struct StageData: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    /// Nothing decoded yet.
    public init() {}

    /// The value of type `type`, if a stage stored one.
    public subscript<Value: Sendable>(_ type: Value.Type) -> Value? {
        get { values[ObjectIdentifier(type)] as? Value }
        set { values[ObjectIdentifier(type)] = newValue }
    }
}
