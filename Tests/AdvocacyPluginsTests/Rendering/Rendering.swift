import Testing

/// The tests of `Sources/Plugins/Rendering`, together, so that `swift test --filter Rendering`
/// runs them all.
@Suite enum Rendering {}
