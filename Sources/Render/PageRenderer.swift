import Notebook

/// Renders an evaluated lesson into a complete HTML page.
public struct PageRenderer {
    /// The course's title, shown in the page header.
    public var courseTitle: String
    /// Relative link to the shared stylesheet.
    public var stylesheetHref: String

    public init(courseTitle: String, stylesheetHref: String = "assets/descent.css") {
        self.courseTitle = courseTitle
        self.stylesheetHref = stylesheetHref
    }

    /// A link to a neighbouring lesson.
    public struct Neighbour: Sendable {
        public var title: String
        public var href: String
        public init(title: String, href: String) {
            self.title = title
            self.href = href
        }
    }

    /// The page's HTML and the problems found while writing it (such as unreadable math).
    public func render(_ page: LessonPage, previous: Neighbour? = nil, next: Neighbour? = nil) -> (html: String, diagnostics: [Diagnostic]) {
        var reserved = page.blocks.compactMap { block -> String? in
            if case .figure(let f) = block { return f.id }
            return nil
        }
        reserved.append("main")
        var writer = MarkdownHTML(math: page.lesson.math, ids: IDAllocator(reserved: reserved))
        var diagnostics: [Diagnostic] = []
        var header = "<h1 class=\"title\">\(PageLayout.escape(page.lesson.title))</h1>\n"
        if let summary = page.lesson.frontMatter.summary {
            header += "<p class=\"summary\">\(PageLayout.escape(summary))</p>\n"
        }
        var body = ""
        var exerciseNumber = 0
        for block in page.blocks {
            switch block {
            case .prose(let node):
                // A first heading that repeats the title is the title, already in the header.
                if case .heading(level: 1) = node.kind, writer.headings.isEmpty, writer.plainText(node) == page.lesson.title {
                    continue
                }
                body += writer.html(node)
            case .figure(let figure):
                body += figureHTML(figure, diagnostics: &diagnostics)
            case .script(let cell):
                switch cell.kind {
                case .code:
                    body += "<div class=\"cell\">\n" + cellHTML(cell, diagnostics: &diagnostics) + "</div>\n"
                case .exercise(let title, let id):
                    exerciseNumber += 1
                    let label = "Exercise \(exerciseNumber)"
                    let anchor = writer.idAllocator.claim("exercise-" + (id.map(PageLayout.slug) ?? String(exerciseNumber)))
                    body += "<section class=\"exercise\" id=\"\(anchor)\">\n"
                    body += "<header class=\"exercise-title\"><span class=\"exercise-label\">\(label)</span>"
                    if !title.isEmpty { body += " \(PageLayout.escape(title))" }
                    body += "</header>\n"
                    body += cellHTML(cell, diagnostics: &diagnostics)
                    body += "</section>\n"
                case .solution:
                    body += "<details class=\"solution\">\n<summary>Show solution</summary>\n"
                    body += cellHTML(cell, diagnostics: &diagnostics)
                    body += "</details>\n"
                }
            }
        }
        let interactive = page.blocks.contains { block in
            if case .figure(let f) = block { return !f.sliders.isEmpty || f.animated }
            if case .script(let cell) = block { return cell.figures.contains { !$0.sliders.isEmpty || $0.animated } }
            return false
        }
        if interactive { body += FigureControls.script }
        diagnostics += writer.diagnostics
        let headings = writer.headings.filter { $0.level == 2 || $0.level == 3 }
        let toc = PageLayout.tableOfContents(headings: headings.map { (level: $0.level, text: $0.text, id: $0.id) })
        let html = PageLayout.lessonPage(
            course: courseTitle, title: page.lesson.title, headerHTML: header, tocHTML: toc, bodyHTML: body,
            previous: previous.map { (title: $0.title, href: $0.href) }, next: next.map { (title: $0.title, href: $0.href) },
            stylesheetHref: stylesheetHref)
        return (html, diagnostics)
    }

    private func cellHTML(_ cell: ScriptCell, diagnostics: inout [Diagnostic]) -> String {
        var out = "<pre class=\"code\"><code class=\"language-python\">\(PythonHighlighter.html(cell.source))</code></pre>\n"
        if !cell.ran {
            out += "<p class=\"not-run\">This code is not run.</p>\n"
        }
        if let output = cell.output, !output.isEmpty {
            out += "<pre class=\"output\" aria-label=\"Output\">\(PageLayout.escape(output))</pre>\n"
        }
        if let stderr = cell.stderr, !stderr.isEmpty {
            out += "<pre class=\"output stderr\" aria-label=\"Standard error\">\(PageLayout.escape(stderr))</pre>\n"
        }
        for figure in cell.figures {
            out += figureHTML(figure, diagnostics: &diagnostics)
        }
        if let error = cell.error {
            out += "<pre class=\"output error\" aria-label=\"Error\">\(PageLayout.escape(error))</pre>\n"
        }
        return out
    }

    private func figureHTML(_ figure: FigureBlock, diagnostics: inout [Diagnostic]) -> String {
        let width = figure.svg.flatMap(Self.panelWidth).map { " \($0)" } ?? ""
        let interactive = !figure.sliders.isEmpty || figure.animated
        var out = "<figure class=\"descent\(width)\(interactive ? " interactive" : "")\" id=\"\(PageLayout.escape(figure.id))\">\n"
        if let svg = figure.svg { out += "<div class=\"figure-body\">\(svg)</div>\n" }
        out += FigureControls.html(figure)
        func variant(_ k: Int?) -> String {
            guard let k else { return "" }
            return " data-variant=\"\(k)\"" + (k == figure.shownVariant ? "" : " hidden")
        }
        if !figure.charts.isEmpty {
            let parts = figure.charts.enumerated().map { i, chart in
                i < figure.chartVariants.count ? "<div class=\"variant\"\(variant(figure.chartVariants[i]))>\(chart)</div>" : chart
            }
            out += "<div class=\"charts\">\n" + parts.joined(separator: "\n") + "\n</div>\n"
        }
        for note in figure.notes {
            out += "<p class=\"figure-note\">\(PageLayout.escape(note))</p>\n"
        }
        for (i, log) in figure.logs.enumerated() {
            if i < figure.logVariants.count {
                out += "<div class=\"variant\"\(variant(figure.logVariants[i]))>\n" + logHTML(log) + "</div>\n"
            } else {
                out += logHTML(log)
            }
        }
        out += "<figcaption><span class=\"figure-number\">Figure \(figure.number)</span>"
        if let caption = figure.caption {
            let (node, math) = LessonParser.parseFragment(caption, at: figure.captionRange)
            var writer = MarkdownHTML(math: math)
            out += ": " + writer.inlineHTML(node)
            diagnostics += writer.diagnostics
        }
        out += "</figcaption>\n</figure>\n"
        return out
    }

    /// `wide-2` or `wide-3` for a figure whose panels sit side by side (judged from the SVG's
    /// `viewBox` aspect ratio), so the stylesheet can give it more room than the text column.
    static func panelWidth(svg: String) -> String? {
        guard let start = svg.range(of: "viewBox=\""),
              let end = svg[start.upperBound...].firstIndex(of: "\"") else { return nil }
        let numbers = svg[start.upperBound..<end].split(separator: " ").compactMap { Double($0) }
        guard numbers.count == 4, numbers[3] > 0 else { return nil }
        let aspect = numbers[2] / numbers[3]
        if aspect > 2.7 { return "wide-3" }
        if aspect > 1.8 { return "wide-2" }
        return nil
    }

    private func logHTML(_ log: LogTable) -> String {
        var out = "<div class=\"log\">\n<table>\n"
        if !log.title.isEmpty { out += "<caption>\(PageLayout.escape(log.title))</caption>\n" }
        out += "<thead><tr><th>epoch</th><th>w1</th><th>w2</th><th>loss</th><th>lr</th></tr></thead>\n<tbody>\n"
        for row in log.rows {
            out += "<tr>" + row.map { "<td>\(PageLayout.escape($0))</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        return out
    }
}
