// The helpers every test target shares (process runner, golden files, throwaway projects),
// visible in every file of this target without an import of its own.
@_exported import AdvocateTestSupport
