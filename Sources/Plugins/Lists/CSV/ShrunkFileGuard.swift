import Foundation

/// Keeps a mapped file that shrinks while it is read from killing the process. Reading a
/// mapped page past a file's new end raises `SIGBUS`; the handler puts a page of zeros where
/// the fault was, so the reader goes on reading zeros, and ``MappedFile/checkUnshrunk()``
/// tells, once the reading is over, that what was read cannot be trusted.
enum ShrunkFileGuard {
    /// Installs the handler, once per process.
    static let installed: Void = {
        var action = sigaction()
        action.__sigaction_handler = .init(sa_sigaction: zeroFillFaultingPage)
        action.sa_flags = SA_SIGINFO
        sigemptyset(&action.sa_mask)
        sigaction(SIGBUS, &action, nil)
    }()
}

/// The `SIGBUS` handler: maps a page of zeros over the page that faulted. Only faults at an
/// address past the end of a mapped file (`BUS_ADRERR`) are repaired; any other bus error, or
/// a page that cannot be mapped, ends the process as before. Calls only `sysconf`, `mmap` and
/// `signal`, which are safe in a handler.
private func zeroFillFaultingPage(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let pastEndOfFile: Int32 = 2  // BUS_ADRERR
    let pageSize = UInt(sysconf(Int32(_SC_PAGESIZE)))
    guard let info, info.pointee.si_code == pastEndOfFile,
          let address = info.pointee._sifields._sigfault.si_addr,
          let page = UnsafeMutableRawPointer(bitPattern: UInt(bitPattern: address) & ~(pageSize - 1)),
          mmap(page, Int(pageSize), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED
    else {
        // Returning retries the faulting access, which now ends the process as a bus error does.
        Glibc.signal(SIGBUS, SIG_DFL)
        return
    }
}
