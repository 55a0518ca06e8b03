import Notebook
import Render
import Site

/// The page the preview shows instead of a lesson with errors: every located problem of the
/// build as `descent build` prints it (place, message, source line and caret), and a link
/// to the last version of the page that built cleanly.
enum ProblemsPage {
    /// Where the problems of the whole course are listed, whatever the page.
    static let path = "/_descent/problems"

    /// The whole page. `lastGood` is the link to the page's last clean version, nil when the
    /// lesson never built cleanly (or the page is the problems page itself).
    static func html(diagnostics: [Diagnostic], sources: [String: String], lastGood: String?, title: String) -> String {
        let printer = DiagnosticPrinter(color: false, sources: sources)
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Problems: \(PageLayout.escape(title))</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; }
        h1 { font-size: 1.4rem; color: #b00020; }
        pre.diagnostic { background: #fff5f5; border-left: 4px solid #b00020; padding: .75rem 1rem; overflow-x: auto; font: 14px/1.45 ui-monospace, monospace; white-space: pre; }
        pre.diagnostic.warning { background: #fffbea; border-left-color: #a15c00; }
        .actions a { margin-right: 1.5rem; }
        </style>
        </head>
        <body class="descent-problems">
        <h1>\(PageLayout.escape(DiagnosticPrinter.summary(diagnostics).isEmpty ? "Problems" : DiagnosticPrinter.summary(diagnostics))) in the course</h1>
        <p>Fix the files and save: this page follows.</p>
        <p class="actions">
        """
        if let lastGood {
            out += "<a id=\"last-good\" href=\"\(PageLayout.escape(lastGood))\">Last good version of this page</a>"
        } else {
            out += "<span>No earlier version of this page built cleanly.</span>"
        }
        out += " <a href=\"/\">Course index</a></p>\n"
        for diagnostic in diagnostics {
            let kind = diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "note"
            out += "<pre class=\"diagnostic \(kind)\">\(PageLayout.escape(printer.format(diagnostic)))</pre>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }
}
