public import Foundation

/// A self-signed certificate for `localhost` and `127.0.0.1`, made with `openssl` for one test:
/// the relay serves it, and the client is told to trust it.
public struct TestCertificate: Sendable {
    /// The certificate, PEM.
    public let certificate: URL
    /// Its private key, PEM, unencrypted.
    public let key: URL

    /// Makes a certificate and its key in `folder`.
    public init(in folder: URL) throws {
        certificate = folder.appendingPathComponent("relay-cert.pem")
        key = folder.appendingPathComponent("relay-key.pem")
        let result = try ExternalProgram(name: "openssl").run([
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", key.path, "-out", certificate.path, "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ], in: folder)
        guard result.status == 0 else { throw HarnessFailure("openssl could not make a certificate: \(result.output)") }
    }
}
