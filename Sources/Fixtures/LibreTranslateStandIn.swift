/// A stand-in for a LibreTranslate server, for tests: a Python HTTP server on loopback that
/// answers `POST /translate` as LibreTranslate's API documents, translating by prefixing the
/// target language (`[nl] text`), and logging each request body to `requests.log`. It writes
/// its port to the file `port`, then serves until killed.
public enum LibreTranslateStandIn {
    /// The server, in Python 3.
    public static let script = #"""
    import json, sys
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
            with open("requests.log", "a", encoding="utf-8") as log:
                log.write(json.dumps(body, ensure_ascii=False) + "\n")
            if self.path != "/translate" or body.get("format") != "text":
                self.send_response(400)
                self.end_headers()
                return
            answer = json.dumps({"translatedText": "[" + body["target"] + "] " + body["q"]}).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *arguments):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    with open("port.tmp", "w") as port:
        port.write(str(server.server_address[1]))
    import os
    os.replace("port.tmp", "port")
    server.serve_forever()
    """#
}
