extension SealedWeasyPrint {
    /// The Python program, run as `python3 -I -c SCRIPT MEMORY SECONDS`: it bounds its own
    /// address space to MEMORY bytes, reads a JSON list of HTML documents on standard input,
    /// and for each writes its PDF's length in decimal, a line feed and the PDF's bytes on
    /// standard output, giving each at most SECONDS. It exits 69 when weasyprint cannot be
    /// imported, and 65 with a reason on standard error when a paper takes too much time or
    /// memory, nests too deeply or makes weasyprint fail; the papers it printed before tell
    /// which one it was.
    ///
    /// The HTML has no base address, so relative addresses lead nowhere; the URL fetcher reads
    /// `data:` addresses and refuses every other (`http:`, `file:`, in any case), so neither
    /// images, stylesheets, fonts nor attachments come from anywhere but the HTML itself.
    static let script = #"""
        import json, resource, signal, sys

        memory, seconds = int(sys.argv[1]), int(sys.argv[2])
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        try:
            import weasyprint
            from weasyprint.text.fonts import FontConfiguration
        except ImportError as error:
            print(error, file=sys.stderr)
            sys.exit(69)


        def fetch(url, timeout=10, ssl_context=None):
            """Reads data: addresses, the only ones a paper may hold, and refuses any other."""
            if url.lower().startswith("data:"):
                return weasyprint.default_url_fetcher(url, timeout, ssl_context)
            raise ValueError("advocate's PDF step reads nothing but data: addresses")


        class Expired(BaseException):
            """Not an Exception, which weasyprint may catch and go on after."""


        def expire(signum, frame):
            raise Expired()


        signal.signal(signal.SIGALRM, expire)
        # Shared by the papers: fonts are found and images decoded once. The bytes are the same.
        fonts, images = FontConfiguration(), {}
        papers = json.load(sys.stdin.buffer)
        out = sys.stdout.buffer
        for html in papers:
            signal.alarm(seconds)
            try:
                document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetch)
                pdf = document.write_pdf(attachments=[], font_config=fonts, image_cache=images)
            except Expired:
                print(f"it takes more than {seconds} seconds to print", file=sys.stderr)
                sys.exit(65)
            except MemoryError:
                print(f"it needs more than {memory >> 20} MiB of memory to print", file=sys.stderr)
                sys.exit(65)
            except RecursionError:
                print("its elements are nested too deeply to print", file=sys.stderr)
                sys.exit(65)
            except Exception as error:
                print(f"weasyprint failed on it ({type(error).__name__}: {error})", file=sys.stderr)
                sys.exit(65)
            signal.alarm(0)
            out.write(b"%d\n" % len(pdf))
            out.write(pdf)
            out.flush()
        """#
}
