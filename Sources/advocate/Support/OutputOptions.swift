import ArgumentParser

/// `-q` and `-v`, which every command takes: how much it says on stderr besides its results
/// and errors. Parsing them sets ``Terminal/manners`` for the rest of the run.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say less: no progress and no warnings on stderr, only results and errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Say more: show progress even when stderr is not a terminal.")
    var verbose = false

    func validate() throws {
        guard !(quiet && verbose) else { throw ValidationError("-q and -v contradict each other; give one of them") }
        Terminal.manners = Terminal.Manners(quiet: quiet, verbose: verbose)
    }
}
