/// "Did you mean …?" for a misspelt key, id or name.
public enum Suggestion {
    /// Words longer than this get no suggestion: a comparison costs the square of the length,
    /// and an id that long is no typo.
    public static let maximumLength = 64

    /// The candidate closest to `word`, if it is close enough to be a likely typo. Costs one
    /// comparison of at most ``maximumLength`` squared per candidate.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let word = word.lowercased(), length = word.count
        guard length <= maximumLength else { return nil }
        let limit = max(1, length / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let lowered = candidate.lowercased()
            // Lengths further apart than the limit cannot be within it.
            guard abs(lowered.count - length) <= limit else { continue }
            let distance = editDistance(word, lowered)
            guard distance <= limit else { continue }
            if let found = best, (found.distance, found.candidate) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// "; did you mean 'demands'?", or nothing.
    public static func clause(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Edit distance over characters, counting a swap of two neighbours as one edit
    /// ("drfat" is one edit from "draft"): the optimal string alignment distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var distance = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { distance[i][0] = i }
        for j in 0...b.count { distance[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                distance[i][j] = min(distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    distance[i][j] = min(distance[i][j], distance[i - 2][j - 2] + 1)
                }
            }
        }
        return distance[a.count][b.count]
    }
}
