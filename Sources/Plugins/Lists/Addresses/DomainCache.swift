/// International domains worked out once each: a list has a million addresses and a few hundred
/// domains, and libidn2 and the skeleton's normalisations cost microseconds a call.
final class DomainCache {
    private var ascii: [String: Result<String, IDNAFailure>] = [:]
    private var skeletons: [String: String] = [:]

    /// The ASCII form of `domain`, as ``IDNA/ascii(_:)`` gives it.
    func ascii(_ domain: String) -> Result<String, IDNAFailure> {
        if let known = ascii[domain] { return known }
        let result = IDNA.ascii(domain)
        ascii[domain] = result
        return result
    }

    /// The skeleton of `domain`, as ``Skeleton/ofDomain(_:)`` gives it.
    func skeleton(_ domain: String) -> String {
        if let known = skeletons[domain] { return known }
        let skeleton = Skeleton.ofDomain(domain)
        skeletons[domain] = skeleton
        return skeleton
    }
}
