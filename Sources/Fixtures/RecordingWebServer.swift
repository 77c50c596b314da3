import Foundation

/// A web server for tests, to start on loopback: it appends the method and path of every
/// request it gets to `fetches.log` in its folder, so that a test can tell whether anything
/// fetched a URL, and answers as a fetch would want (a stylesheet for `.css`, a one-pixel PNG
/// otherwise), so that a fetch that did happen would also change the output. It writes its port
/// to `port`.
public enum RecordingWebServer {
    /// A one-pixel PNG, base64-encoded.
    public static let pixelPNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="

    /// The server, in Python 3.
    public static let script = #"""
    import base64, os
    from http.server import BaseHTTPRequestHandler, HTTPServer

    PIXEL = base64.b64decode("\#(pixelPNG)")
    STYLE = b"body { color: red }\n"

    class Handler(BaseHTTPRequestHandler):
        def answer(self):
            with open("fetches.log", "a", encoding="utf-8") as log:
                log.write(self.command + " " + self.path + "\n")
            css = self.path.split("?")[0].endswith(".css")
            body = STYLE if css else PIXEL
            self.send_response(200)
            self.send_header("Content-Type", "text/css" if css else "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_HEAD = answer

        def log_message(self, *arguments):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    with open("port.tmp", "w") as port:
        port.write(str(server.server_address[1]))
    os.replace("port.tmp", "port")
    server.serve_forever()
    """#

    /// The requests recorded in `fetches.log` under `folder`, one a line; none when absent.
    public static func fetches(in folder: String) -> [String] {
        guard let log = try? String(contentsOfFile: folder + "/fetches.log", encoding: .utf8) else { return [] }
        return log.split(separator: "\n").map(String.init)
    }
}
