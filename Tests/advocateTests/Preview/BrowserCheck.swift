import Foundation

/// Opens pages in a real headless browser (Debian's `chromium`, driven over the DevTools
/// protocol on a pipe by a small Python script) and reports what a reader would miss: an
/// exception or a console error, a request that failed or left the site, a page without text.
/// Keeps a screenshot of each page.
enum BrowserCheck {
    /// Where the screenshots are kept: `.build/test-output/<name>/` in the repository.
    static func screenshots(_ name: String) throws -> URL {
        let folder = RealCampaignsTests.repositoryRoot.appendingPathComponent(".build/test-output/\(name)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Renders `pages` (paths relative to `site`) one after the other; a line `PAGE: PROBLEM`
    /// for each problem, and `rendered PAGE (SCREENSHOT)` for each page, on stdout.
    static func render(_ pages: [String], in site: URL, screenshotsTo folder: URL) throws -> ProcessResult {
        try ExternalProgram(name: "python3").run(["-c", script, folder.path] + pages, in: site, timeout: .seconds(240))
    }

    static let script = """
        import base64, json, os, select, shutil, subprocess, sys, tempfile, time

        shots, pages = sys.argv[1], sys.argv[2:]
        profile = tempfile.mkdtemp(prefix="advocate-chromium-")
        browser = subprocess.Popen(
            ["bash", "-c", 'exec chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-extensions '
             '--disable-background-networking --disable-component-update --disable-sync --user-data-dir="$0" '
             '--window-size=1200,900 --remote-debugging-pipe about:blank 3<&0 4>&1 0</dev/null 1>/dev/null 2>/dev/null', profile],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        NUL = bytes([0])
        buffer, events, next_id = b"", [], 0

        def send(method, params=None, session=None):
            global next_id
            next_id += 1
            message = {"id": next_id, "method": method, "params": params or {}}
            if session:
                message["sessionId"] = session
            browser.stdin.write(json.dumps(message).encode() + NUL)
            browser.stdin.flush()
            return next_id

        def receive(deadline):
            global buffer
            while NUL not in buffer:
                left = deadline - time.time()
                if left <= 0 or not select.select([browser.stdout], [], [], left)[0]:
                    raise TimeoutError("chromium did not answer in time")
                chunk = os.read(browser.stdout.fileno(), 1 << 20)
                if not chunk:
                    raise EOFError("chromium closed its pipe")
                buffer += chunk
            message, buffer = buffer.split(NUL, 1)
            return json.loads(message)

        def call(method, params=None, session=None, timeout=30):
            wanted = send(method, params, session)
            deadline = time.time() + timeout
            while True:
                message = receive(deadline)
                if message.get("id") == wanted:
                    if "error" in message:
                        raise RuntimeError(f"{method}: {message['error']}")
                    return message.get("result", {})
                events.append(message)

        def wait_for(method, timeout=30):
            deadline = time.time() + timeout
            while True:
                for index, event in enumerate(events):
                    if event.get("method") == method:
                        return events.pop(index)
                events.append(receive(deadline))

        problems = 0
        try:
            target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ["Page", "Runtime", "Log", "Network"]:
                call(domain + ".enable", session=session)
            for page in pages:
                events.clear()
                url = "file://" + os.path.abspath(page)
                call("Page.navigate", {"url": url}, session=session)
                wait_for("Page.loadEventFired")
                time.sleep(0.3)
                shot = call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=session)
                name = page.replace("/", "_") + ".png"
                with open(os.path.join(shots, name), "wb") as file:
                    file.write(base64.b64decode(shot["data"]))
                found = []
                for event in events:
                    method, params = event.get("method"), event.get("params", {})
                    if method == "Runtime.exceptionThrown":
                        found.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:300])
                    elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                        found.append("console error: " + json.dumps(params.get("args", []))[:300])
                    elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                        found.append("log error: " + params["entry"].get("text", "")[:300])
                    elif method == "Network.loadingFailed":
                        found.append("failed request: " + params.get("errorText", ""))
                    elif method == "Network.requestWillBeSent":
                        requested = params.get("request", {}).get("url", "")
                        if not (requested.startswith("file://") or requested.startswith("data:")):
                            found.append("request outside the site: " + requested)
                text = call("Runtime.evaluate", {"expression": "document.body ? document.body.innerText.length : 0", "returnByValue": True}, session=session)
                if not text.get("result", {}).get("value"):
                    found.append("the page shows no text")
                for problem in found:
                    print(f"{page}: {problem}")
                problems += len(found)
                print(f"rendered {page} ({name})")
            send("Browser.close")
        finally:
            try:
                browser.wait(timeout=10)
            except subprocess.TimeoutExpired:
                browser.kill()
            shutil.rmtree(profile, ignore_errors=True)
        sys.exit(1 if problems else 0)
        """
}
