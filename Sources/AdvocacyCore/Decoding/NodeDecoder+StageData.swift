extension NodeDecoder {
    /// What the registered stages read from the keys they own in a mapping of the core's
    /// section `name`, decoded by the core as `fields`.
    mutating func stageData(of name: String, in fields: Fields) -> StageData {
        var data = StageData()
        for read in format.readers[name] ?? [] { read(&self, fields, &data) }
        return data
    }
}
