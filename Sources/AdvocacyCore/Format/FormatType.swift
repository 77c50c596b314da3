/// What the value of a key of the campaign format holds.
public indirect enum FormatType: Sendable, Equatable {
    /// Text as written, of one line or several (see ``TextKind``).
    case text(TextKind)
    /// A text by language (`fr: …`), or a plain string in the source language.
    case localizedText(TextKind)
    /// An id: lowercase letters, digits and single hyphens, such as `fair-price`.
    case identifier
    /// An ISO 639-1 language code, such as `fr`.
    case language
    /// A four-digit year.
    case year
    /// A day written `2024-06-09`.
    case day
    /// A file inside the project, by path from the project folder, such as `contacts/members.csv`.
    case path
    /// An `http` or `https` address readers can follow (see ``WebAddress``).
    case url
    /// An email address, such as `name@example.org`.
    case email
    /// A version made of numbers, such as `1.0.0`.
    case version
    /// A whole number from a range, such as a number of seconds.
    case integer(ClosedRange<Int>)
    /// `true`.
    case flag
    /// `true` or `false`, written plain.
    case boolean
    /// One of a fixed set of words.
    case choice([String])
    /// A list of values of one type.
    case list(FormatType)
    /// A mapping whose keys are declared by the section of that name (see ``FormatDeclaration``).
    case section(String)
    /// A mapping of names the author chooses to values of one type.
    case map(FormatType)
    /// A mapping of the campaign's languages to values of one type.
    case languageMap(FormatType)
    /// A value given as is to what reads it, such as a stage's options.
    case any
}
