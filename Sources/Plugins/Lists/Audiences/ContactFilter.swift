/// Who belongs to an audience, as a test on a contact's fields. A campaign writes it in YAML;
/// this is the value it decodes to.
///
/// Text compares after trimming, in NFC, ignoring case. A language compares by code (`Français`
/// matches `fr`), an address as duplicates are found (case-folded, domain in IDNA form), a day
/// by its ISO form. `equals` on `tags` asks whether any tag equals the value; on `consent.P`,
/// whether the consent is `yes` or was given on that day. A field a contact does not have is
/// empty: `equals` fails and `exists` is false.
public indirect enum ContactFilter: Hashable, Sendable {
    /// The field equals the value.
    case equals(ContactField, String)
    /// The field equals one of the values.
    case oneOf(ContactField, [String])
    /// The field is not empty; for `consent.P`, consent for P was given.
    case exists(ContactField)
    /// One of the contact's tags is this one.
    case hasTag(String)
    /// The contact's term of office includes this day: term start ≤ day ≤ term end. A missing
    /// start or end leaves the term open on that side; a contact with neither is not in office.
    case inOffice(on: CalendarDay)
    /// The filter does not hold.
    case not(ContactFilter)
    /// Every filter holds; with none, everyone matches.
    case all([ContactFilter])
    /// At least one filter holds; with none, no one matches.
    case any([ContactFilter])

    /// Everyone.
    public static var everyone: ContactFilter { .all([]) }
}
