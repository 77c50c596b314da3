import Foundation

/// Checks a campaign's output folder with Python, independently of advocate's own code.
enum OutputCheck {
    /// "complete" when `folder` has a `manifest.json` that lists exactly the files present, each
    /// with its size and SHA-256; otherwise a line saying what is wrong.
    static func completeness(of folder: URL) throws -> String {
        let script = """
            import hashlib, json, os, sys
            root = sys.argv[1]
            try:
                manifest = json.load(open(os.path.join(root, "manifest.json")))
            except OSError as error:
                sys.exit(f"no manifest: {error}")
            listed = {f["path"]: (f["sha256"], f["bytes"]) for f in manifest["files"]}
            present = {}
            for folder, _, names in os.walk(root):
                for name in names:
                    path = os.path.relpath(os.path.join(folder, name), root)
                    if path != "manifest.json":
                        data = open(os.path.join(folder, name), "rb").read()
                        present[path] = (hashlib.sha256(data).hexdigest(), len(data))
            print("complete" if listed == present else f"listed {sorted(listed)} but present {sorted(present)}", end="")
            """
        return try ExternalCheck.run("python3", ["-c", script, folder.path], in: folder.deletingLastPathComponent()).output
    }
}
