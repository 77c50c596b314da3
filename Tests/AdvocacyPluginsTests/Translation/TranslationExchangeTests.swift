import Testing

/// The exchange-format suites, under one name so that `swift test --filter Translation` finds them.
@Suite enum TranslationExchangeTests {}
