import Foundation

/// A loopback HTTP server for tests that must show nothing is fetched: it appends the method
/// and path of every request to `fetches.log` in its folder and answers each with a small
/// stylesheet, so that a fetch that did happen would also change the output.
public enum FetchRecorder {
    /// The server, in Python 3; it writes its port to the file `port`.
    public static let script = #"""
    import os
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Handler(BaseHTTPRequestHandler):
        def record(self):
            with open("fetches.log", "a", encoding="utf-8") as log:
                log.write(self.command + " " + self.path + "\n")
            body = b"body { color: red }\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_HEAD = record

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
