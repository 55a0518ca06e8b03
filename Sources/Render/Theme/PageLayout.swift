/// Complete HTML documents for the course site, from already-rendered fragments.
///
/// Pure functions of their arguments: the same input always gives byte-identical output.
/// The markup uses the class names `Stylesheet.css` styles; text arguments (titles, course
/// name, description, summaries) are plain text and get escaped, `…HTML` arguments are
/// inserted as they are.
public enum PageLayout {
    /// A link to a neighbouring lesson.
    public typealias Link = (title: String, href: String)

    /// One lesson's page: header with the course name, the lesson's title, its table of
    /// contents, the lesson's body, and links to the previous and next lessons.
    ///
    /// `title` names the page in `<title>`. `headerHTML` is the lesson's heading block (its
    /// `<h1 class="title">` and `<p class="summary">`), written first inside `<main>` so a
    /// phone shows the title before the folded contents; `bodyHTML` is the rest of the lesson
    /// (it may also start with the title when `headerHTML` is empty). `tocHTML` is usually
    /// `tableOfContents(headings:)`; when empty, the page has no contents. On wide screens the
    /// contents sit in a sticky sidebar beside the text. `indexHref` points back to the course index.
    public static func lessonPage(
        course: String, title: String, headerHTML: String = "", tocHTML: String, bodyHTML: String,
        previous: Link?, next: Link?, stylesheetHref: String, indexHref: String = "index.html"
    ) -> String {
        var out = head(title: "\(title) – \(course)", stylesheetHref: stylesheetHref)
        out += "<body class=\"lesson-page\">\n"
        out += skipLink
        out += siteHeader(course: course, indexHref: indexHref)
        let hasToc = !tocHTML.isEmpty
        out += "<div class=\"page\(hasToc ? " has-toc" : "")\">\n"
        out += "<main id=\"content\" class=\"lesson\">\n"
        if !headerHTML.isEmpty {
            out += "<header class=\"lesson-header\">\n" + headerHTML
            if !headerHTML.hasSuffix("\n") { out += "\n" }
            out += "</header>\n"
        }
        if hasToc {
            out += "<nav class=\"toc\" aria-label=\"On this page\">\n"
            out += "<details class=\"toc-details\">\n<summary class=\"toc-title\">On this page</summary>\n"
            out += tocHTML
            if !tocHTML.hasSuffix("\n") { out += "\n" }
            out += "</details>\n</nav>\n"
        }
        out += bodyHTML
        if !bodyHTML.hasSuffix("\n") { out += "\n" }
        out += "</main>\n</div>\n"
        out += "<footer class=\"site-footer\">\n"
        if previous != nil || next != nil {
            out += "<nav class=\"pager\" aria-label=\"Lessons\">\n"
            if let previous {
                out += pagerLink(previous, rel: "prev", label: "Previous")
            }
            if let next {
                out += pagerLink(next, rel: "next", label: "Next")
            }
            out += "</nav>\n"
        }
        out += "<p class=\"colophon\"><a href=\"\(escape(indexHref))\">\(escape(course))</a></p>\n"
        out += "</footer>\n</body>\n</html>\n"
        return out
    }

    /// The course's front page: title, description and a card per lesson, in the given order.
    public static func indexPage(
        courseTitle: String, description: String,
        lessons: [(number: Int, title: String, summary: String, href: String)],
        stylesheetHref: String
    ) -> String {
        var out = head(title: courseTitle, stylesheetHref: stylesheetHref)
        out += "<body class=\"index-page\">\n"
        out += skipLink
        out += "<main id=\"content\" class=\"course-index\">\n"
        out += "<header class=\"course-hero\">\n<h1 class=\"title\">\(escape(courseTitle))</h1>\n"
        if !description.isEmpty {
            out += "<p class=\"course-description\">\(escape(description))</p>\n"
        }
        out += "</header>\n"
        out += "<section aria-labelledby=\"lessons-heading\">\n"
        out += "<h2 id=\"lessons-heading\" class=\"lessons-heading\">Lessons</h2>\n"
        out += "<ol class=\"lesson-cards\">\n"
        for lesson in lessons {
            out += "<li class=\"lesson-card\"><a href=\"\(escape(lesson.href))\">"
            out += "<span class=\"lesson-number\">\(lesson.number)</span>"
            out += "<span class=\"lesson-text\"><span class=\"lesson-title\">\(escape(lesson.title))</span>"
            if !lesson.summary.isEmpty {
                out += "<span class=\"lesson-summary\">\(escape(lesson.summary))</span>"
            }
            out += "</span></a></li>\n"
        }
        out += "</ol>\n</section>\n</main>\n"
        out += "<footer class=\"site-footer\">\n<p class=\"colophon\">\(escape(courseTitle))</p>\n</footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// Nested lists of links to the headings, for the contents sidebar.
    ///
    /// Levels are relative: the smallest level present is the top of the list, and a jump of
    /// more than one level still nests by one, so the lists are always well formed.
    public static func tableOfContents(headings: [(level: Int, text: String, id: String)]) -> String {
        guard let top = headings.map(\.level).min() else { return "" }
        var out = ""
        var depth = 0
        for heading in headings {
            let target = max(1, min(heading.level - top + 1, depth + 1))
            if target > depth {
                while depth < target {
                    out += depth == 0 ? "<ul class=\"toc-list\">\n" : "\n<ul>\n"
                    depth += 1
                }
            } else {
                out += "</li>\n"
                while depth > target {
                    out += "</ul>\n</li>\n"
                    depth -= 1
                }
            }
            out += "<li class=\"toc-level-\(heading.level)\"><a href=\"#\(escape(heading.id))\">\(escape(heading.text))</a>"
        }
        out += "</li>\n"
        while depth > 1 {
            out += "</ul>\n</li>\n"
            depth -= 1
        }
        out += "</ul>\n"
        return out
    }

    /// A heading with its hover anchor: `<h2 id="…">…<a class="anchor" href="#…">#</a></h2>`.
    ///
    /// `innerHTML` is the heading's rendered content; `level` is clamped to 1…6.
    public static func heading(level: Int, innerHTML: String, id: String) -> String {
        let level = min(max(level, 1), 6)
        let id = escape(id)
        return "<h\(level) id=\"\(id)\">\(innerHTML)<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
    }

    /// A GitHub-style id for a heading's text: lowercased, characters other than letters,
    /// digits, marks, `_`, `-` and spaces removed, spaces turned into `-`.
    ///
    /// Deduplication (`-1`, `-2`, …) is the caller's, e.g. with `uniqueSlug(_:taken:)`. A heading
    /// with nothing left gives `section`, since an HTML id may not be empty.
    public static func slug(_ heading: String) -> String {
        var out = ""
        for scalar in heading.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                out += "-"
            } else if scalar == "-" || scalar == "_" || properties.isAlphabetic
                        || properties.numericType == .decimal
                        || properties.generalCategory == .nonspacingMark
                        || properties.generalCategory == .spacingMark {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// `slug(heading)`, or with `-1`, `-2`, … appended when already in `taken`; records the result.
    public static func uniqueSlug(_ heading: String, taken: inout Set<String>) -> String {
        unique(slug(heading), taken: &taken)
    }

    /// `base`, or `base-1`, `base-2`, … when already in `taken`; records the result.
    public static func unique(_ base: String, taken: inout Set<String>) -> String {
        var candidate = base
        var counter = 0
        while taken.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        taken.insert(candidate)
        return candidate
    }

    /// Escapes text for HTML content and double-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: Parts

    private static func head(title: String, stylesheetHref: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="generator" content="Descent">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="\(escape(stylesheetHref))">
        </head>

        """
    }

    private static let skipLink = "<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n"

    private static func siteHeader(course: String, indexHref: String) -> String {
        "<header class=\"site-header\">\n<a class=\"course-link\" href=\"\(escape(indexHref))\">\(escape(course))</a>\n</header>\n"
    }

    private static func pagerLink(_ link: Link, rel: String, label: String) -> String {
        "<a class=\"pager-\(rel)\" rel=\"\(rel)\" href=\"\(escape(link.href))\">"
            + "<span class=\"pager-label\">\(label)</span>"
            + "<span class=\"pager-title\">\(escape(link.title))</span></a>\n"
    }
}
