/// A small, fast pseudo-random generator with a seed (Vigna's SplitMix64), so that generated
/// fixtures are the same on every run and every machine.
///
/// Swift's standard library has no seedable generator: `SystemRandomNumberGenerator` cannot be
/// seeded, and the algorithms behind `Int.random(in:using:)` or `shuffled(using:)` are not
/// promised to stay the same between Swift versions. The helpers below are ours, so a seed
/// draws the same values for good.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose values are fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`: the high half of a 128-bit product (Lemire), whose bias is
    /// negligible for the small bounds used here.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// `count` different numbers in `0..<bound`, in the order drawn; `count` is at most `bound`.
    mutating func distinct(_ count: Int, below bound: Int) -> [Int] {
        var drawn: [Int] = []
        while drawn.count < count {
            let number = below(bound)
            if !drawn.contains(number) { drawn.append(number) }
        }
        return drawn
    }

    /// `true` `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }
}
