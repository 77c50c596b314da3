/// A plugin for tests that behaves as its first argument says: well, or in one of the ways a
/// plugin can go wrong. Save it as a file and declare it as `command: [python3, FILE, MODE]`.
public enum MisbehavingPlugin {
    /// The modes the script knows.
    public enum Mode: String, CaseIterable, Sendable {
        /// Answers properly, writing `plugin/echo.txt` with emoji, CJK and combining marks.
        case wellBehaved = "ok"
        /// Sleeps far past any timeout.
        case hangs = "hang"
        /// Writes 10 MB to stderr before reading its input, then answers properly.
        case floodsStderrFirst = "flood"
        /// Exits at once, reading nothing and answering nothing.
        case exitsBeforeReading = "exit-early"
        /// Exits with status 3 after a message on stderr.
        case fails = "fail"
        /// Answers with protocol version 2.
        case speaksVersion2 = "version2"
        /// Answers with a line that is not JSON.
        case invalidJSON = "invalid-json"
        /// Reports a content error about the title of demand `fair-price`.
        case reportsProblem = "problem"
        /// Asks to write a file outside its output folder.
        case escapesOutput = "escape"
    }

    /// The text every well-behaved answer writes, exactly.
    public static let echoedText = "Travail décent 👩🏽‍🎨 — 体面劳动 — e\u{301}gal\n"

    /// The script, in Python 3.
    public static let script = #"""
    import json, sys, time
    mode = sys.argv[1]
    def answer(protocol, response):
        print(json.dumps({"type": "handshake", "protocol": protocol, "plugin": "fake"}))
        print(json.dumps(dict(response, type="response"), ensure_ascii=False))
    if mode == "exit-early":
        sys.exit(0)
    if mode == "hang":
        time.sleep(600)
    if mode == "flood":
        sys.stderr.write("x" * (10 * 1024 * 1024))
        sys.stderr.flush()
    lines = sys.stdin.read().splitlines()
    request = json.loads(lines[1])
    if mode == "fail":
        sys.stderr.write("something broke inside the plugin\n")
        sys.exit(3)
    if mode == "version2":
        answer("2.0", {"files": []})
    elif mode == "invalid-json":
        print(json.dumps({"type": "handshake", "protocol": "1.0"}))
        print("{not json")
    elif mode == "problem":
        answer("1.0", {"diagnostics": [{"severity": "error", "key": "demands.fair-price.title", "message": "this title is too long for the CRM"}]})
    elif mode == "escape":
        answer("1.0", {"files": [{"path": "../../escaped.txt", "text": "x"}]})
    else:
        text = "Travail décent 👩🏽‍🎨 — 体面劳动 — e\u0301gal\n" + request["campaign"]["id"] + "\n"
        answer("1.0", {"files": [{"path": "plugin/echo.txt", "text": text}]})
    """#
}
