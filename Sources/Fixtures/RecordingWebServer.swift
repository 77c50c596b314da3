/// A web server for tests, to start on loopback: it appends the path of every request it gets,
/// whatever the method, to `fetches.log` in its folder and answers with a one-pixel PNG, so
/// that a test can tell whether anything fetched a URL. It writes its port to `port`.
public enum RecordingWebServer {
    /// A one-pixel PNG, base64-encoded.
    public static let pixelPNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="

    /// The server, in Python 3.
    public static let script = #"""
    import base64, os
    from http.server import BaseHTTPRequestHandler, HTTPServer

    PIXEL = base64.b64decode("\#(pixelPNG)")

    class Handler(BaseHTTPRequestHandler):
        def answer(self):
            with open("fetches.log", "a", encoding="utf-8") as log:
                log.write(self.command + " " + self.path + "\n")
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PIXEL)))
            self.end_headers()
            self.wfile.write(PIXEL)

        do_GET = do_POST = do_HEAD = answer

        def log_message(self, *arguments):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    with open("port.tmp", "w") as port:
        port.write(str(server.server_address[1]))
    os.replace("port.tmp", "port")
    server.serve_forever()
    """#
}
