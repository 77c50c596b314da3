public import Foundation

/// A private Postfix (Debian's `postfix`) for one test: its own configuration, queue and data
/// folders under a throwaway folder, listening only on 127.0.0.1 on a free port, delivering
/// every recipient of every domain into one Maildir, and never anything outside. Stopped, and
/// its folder removed, when the value goes away. Starting it needs root, as Postfix does.
public final class PostfixInstance {
    /// The instance's folder: `conf/`, `queue/`, `data/`, `mail/inbox/` (the Maildir), `maillog`.
    public let folder: URL
    /// The SMTP port it listens on.
    public let port: Int

    private var configuration: URL { folder.appendingPathComponent("conf") }
    /// The Maildir every message is delivered into.
    public var maildir: URL { folder.appendingPathComponent("mail/inbox") }

    /// The certificate it offers with STARTTLS.
    public let certificate: TestCertificate

    /// Configures and starts an instance that offers STARTTLS with a certificate of its own, and
    /// waits until it answers on its port.
    public init() throws {
        folder = URL(fileURLWithPath: "/tmp/advocate-postfix-\(UUID().uuidString.prefix(8))")
        port = try Self.freePort()
        let fileManager = FileManager.default
        for name in ["conf", "queue", "data", "mail"] {
            try fileManager.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        certificate = try TestCertificate(in: folder.appendingPathComponent("conf"))
        try Data(mainConfiguration.utf8).write(to: configuration.appendingPathComponent("main.cf"))
        try Data(masterConfiguration.utf8).write(to: configuration.appendingPathComponent("master.cf"))
        try Self.run("chown", ["postfix", folder.appendingPathComponent("data").path])
        try Self.run("chown", ["nobody:nogroup", folder.appendingPathComponent("mail").path])
        try Self.run("postfix", ["-c", configuration.path, "start"], log: folder.appendingPathComponent("maillog"))
        let deadline = Date().addingTimeInterval(20)
        while !Self.answers(port) {
            guard Date() < deadline else { throw HarnessFailure("Postfix did not start listening on port \(port)") }
            usleep(50_000)
        }
    }

    deinit {
        _ = try? ExternalProgram(name: "postfix").run(["-c", configuration.path, "stop"], timeout: .seconds(30))
        try? FileManager.default.removeItem(at: folder)
    }

    /// Every message delivered so far, as the files in the Maildir's `new/` hold them.
    public func delivered() throws -> [[UInt8]] {
        let new = maildir.appendingPathComponent("new")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: new.path)) ?? []
        return try names.sorted().map { Array(try Data(contentsOf: new.appendingPathComponent($0))) }
    }

    /// Whether the queue is empty: every accepted message has been delivered or bounced.
    public func queueIsEmpty() -> Bool {
        ["incoming", "active", "deferred", "maildrop"].allSatisfy { name in
            let path = folder.appendingPathComponent("queue/\(name)").path
            return FileManager.default.enumerator(atPath: path)?.allObjects.isEmpty ?? true
        }
    }

    /// What Postfix logged, for a failing test's message.
    public func log() -> String {
        (try? String(contentsOf: folder.appendingPathComponent("maillog"), encoding: .utf8)) ?? ""
    }

    private var mainConfiguration: String {
        let path = folder.path
        return """
        compatibility_level = 3.6
        queue_directory = \(path)/queue
        data_directory = \(path)/data
        maillog_file = \(path)/maillog
        maillog_file_prefixes = \(path)
        mail_owner = postfix
        inet_interfaces = loopback-only
        inet_protocols = ipv4
        myhostname = relay.test
        mydomain = relay.test
        myorigin = relay.test
        mydestination =
        mynetworks = 127.0.0.0/8
        relayhost =
        default_transport = error:this test relay delivers nothing outside
        relay_transport = error:this test relay delivers nothing outside
        local_header_rewrite_clients =
        virtual_mailbox_domains = static:all
        virtual_mailbox_base = \(path)/mail
        virtual_mailbox_maps = static:inbox/
        virtual_uid_maps = static:65534
        virtual_gid_maps = static:65534
        virtual_minimum_uid = 1
        virtual_mailbox_limit = 0
        message_size_limit = 0
        smtputf8_enable = yes
        smtpd_tls_security_level = may
        smtpd_tls_cert_file = \(certificate.certificate.path)
        smtpd_tls_key_file = \(certificate.key.path)
        alias_maps =
        alias_database =
        biff = no

        """
    }

    private var masterConfiguration: String {
        """
        127.0.0.1:\(port) inet n - n - - smtpd
        pickup    unix  n - n 60 1 pickup
        cleanup   unix  n - n - 0 cleanup
        qmgr      unix  n - n 300 1 qmgr
        rewrite   unix  - - n - - trivial-rewrite
        bounce    unix  - - n - 0 bounce
        defer     unix  - - n - 0 bounce
        trace     unix  - - n - 0 bounce
        verify    unix  - - n - 1 verify
        flush     unix  n - n 1000? 0 flush
        proxymap  unix  - - n - - proxymap
        showq     unix  n - n - - showq
        error     unix  - - n - - error
        retry     unix  - - n - - error
        discard   unix  - - n - - discard
        virtual   unix  - n n - - virtual
        anvil     unix  - - n - 1 anvil
        scache    unix  - - n - 1 scache
        postlog   unix-dgram n - n - 1 postlogd
        tlsmgr    unix  - - n 1000? 1 tlsmgr

        """
    }

    private static func run(_ program: String, _ arguments: [String], log: URL? = nil) throws {
        let result = try ExternalProgram(name: program).run(arguments, timeout: .seconds(60))
        guard result.status == 0 else {
            let logged = log.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
            throw HarnessFailure("\(program) \(arguments.joined(separator: " ")) failed: \(result.output)\(logged)")
        }
    }

    /// A port nobody listens on now.
    private static func freePort() throws -> Int {
        let result = try ExternalProgram(executable: HarnessScript.python).run([
            "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])",
        ])
        guard let port = Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessFailure("cannot find a free port: \(result.output)")
        }
        return port
    }

    /// Whether something accepts connections on 127.0.0.1:`port`.
    private static func answers(_ port: Int) -> Bool {
        let result = try? ExternalProgram(executable: HarnessScript.python).run([
            "-c", "import socket; socket.create_connection(('127.0.0.1', \(port)), 1).close()",
        ])
        return result?.status == 0
    }
}
