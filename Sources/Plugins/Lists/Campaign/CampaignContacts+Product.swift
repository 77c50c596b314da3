public import AdvocacyCore

/// The `lists` stage publishes the audiences it resolved, so that later stages (a mailing) and
/// the commands that read them (`advocate plan`, `advocate lists`) never read the contacts again.
extension CampaignContacts: StageProduct {
    /// "audiences".
    public static let productName = "audiences"
}
