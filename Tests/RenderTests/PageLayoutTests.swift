import Testing
@testable import Render

@Suite struct PageLayoutTests {
    @Test(arguments: [
        ("Optimizers and schedulers", "optimizers-and-schedulers"),
        ("Stochastic gradient descent (SGD)", "stochastic-gradient-descent-sgd"),
        ("What is `torch.optim`?", "what-is-torchoptim"),
        ("Step 1: the learning_rate", "step-1-the-learning_rate"),
        ("Adam & AdamW", "adam--adamw"),
        ("  Leading space", "--leading-space"),
        ("Größe und Übung", "größe-und-übung"),
        ("θ-schedules", "θ-schedules"),
        ("???", "section"),
    ])
    func slugFollowsGitHub(heading: String, slug: String) {
        #expect(PageLayout.slug(heading) == slug)
    }

    @Test func uniqueSlugsCountUp() {
        var taken = Set<String>()
        let slugs = ["Intro", "Intro", "Intro-1", "Intro"].map { PageLayout.uniqueSlug($0, taken: &taken) }
        #expect(slugs == ["intro", "intro-1", "intro-1-1", "intro-2"])
    }

    @Test func tableOfContentsNests() {
        let toc = PageLayout.tableOfContents(headings: [
            (2, "Optimizers", "optimizers"), (3, "SGD", "sgd"), (3, "Adam", "adam"),
            (2, "Schedulers", "schedulers"), (4, "Deep <b>", "deep"),
        ])
        #expect(toc == """
        <ul class="toc-list">
        <li class="toc-level-2"><a href="#optimizers">Optimizers</a>
        <ul>
        <li class="toc-level-3"><a href="#sgd">SGD</a></li>
        <li class="toc-level-3"><a href="#adam">Adam</a></li>
        </ul>
        </li>
        <li class="toc-level-2"><a href="#schedulers">Schedulers</a>
        <ul>
        <li class="toc-level-4"><a href="#deep">Deep &lt;b&gt;</a></li>
        </ul>
        </li>
        </ul>

        """)
        #expect(isBalanced(toc))
        #expect(PageLayout.tableOfContents(headings: []) == "")
    }

    @Test func tableOfContentsIsWellFormedForAnyLevels() {
        let levels = [[3, 2, 1], [1, 6, 2, 6, 1], [2, 2, 5, 3, 4, 2], [4], [6, 5, 4, 3, 2, 1, 2, 3]]
        for sequence in levels {
            let toc = PageLayout.tableOfContents(headings: sequence.enumerated().map { ($1, "h\($0)", "h\($0)") })
            #expect(isBalanced(toc), "\(sequence)")
            #expect(toc.components("<li").count == sequence.count + 1)
        }
    }

    @Test func headingHasAnchor() {
        #expect(PageLayout.heading(level: 2, innerHTML: "Optimizers", id: "optimizers")
            == "<h2 id=\"optimizers\">Optimizers<a class=\"anchor\" href=\"#optimizers\" aria-label=\"Link to this section\">#</a></h2>\n")
        #expect(PageLayout.heading(level: 9, innerHTML: "x", id: "x").hasPrefix("<h6 "))
    }

    private func samplePage(next: PageLayout.Link? = ("Schedulers", "schedulers.html")) -> String {
        PageLayout.lessonPage(
            course: "Deep <Learning>", title: "Optimizers & friends",
            headerHTML: "<h1 class=\"title\">Optimizers &amp; friends</h1>\n<p class=\"summary\">Why.</p>\n",
            tocHTML: PageLayout.tableOfContents(headings: [(2, "SGD", "sgd")]),
            bodyHTML: PageLayout.heading(level: 2, innerHTML: "SGD", id: "sgd") + "<p>Text.</p>",
            previous: ("Tensors", "tensors.html"), next: next, stylesheetHref: "assets/descent.css")
    }

    @Test func lessonPageIsCompleteAndWellFormed() {
        let page = samplePage()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("<title>Optimizers &amp; friends – Deep &lt;Learning&gt;</title>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"assets/descent.css\">"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#content\">Skip to content</a>"))
        #expect(page.contains("<main id=\"content\" class=\"lesson\">"))
        #expect(page.contains("<nav class=\"toc\" aria-label=\"On this page\">"))
        // The title comes first in <main>, then the contents, then the lesson: a phone shows
        // the title before the folded contents.
        #expect(page.contains("<main id=\"content\" class=\"lesson\">\n<header class=\"lesson-header\">\n<h1 class=\"title\">Optimizers &amp; friends</h1>\n<p class=\"summary\">Why.</p>\n</header>\n<nav class=\"toc\" aria-label=\"On this page\">\n<details class=\"toc-details\">"))
        #expect(page.contains("</details>\n</nav>\n<h2 id=\"sgd\">"))
        #expect(page.components("<h1").count == 2)
        #expect(page.contains("<a class=\"pager-prev\" rel=\"prev\" href=\"tensors.html\"><span class=\"pager-label\">Previous</span><span class=\"pager-title\">Tensors</span></a>"))
        #expect(page.contains("rel=\"next\" href=\"schedulers.html\""))
        #expect(page.contains("<footer class=\"site-footer\">"))
        #expect(page.hasSuffix("</body>\n</html>\n"))
        #expect(isBalanced(page))
        #expect(page.components("<main").count == 2)
    }

    @Test func lessonPageWithoutNeighboursOrContents() {
        let page = PageLayout.lessonPage(course: "C", title: "T", tocHTML: "", bodyHTML: "<p>x</p>",
                                         previous: nil, next: nil, stylesheetHref: "s.css")
        #expect(!page.contains("class=\"pager\""))
        #expect(!page.contains("class=\"toc\""))
        #expect(page.contains("<div class=\"page\">"))
        #expect(isBalanced(page))
        let last = samplePage(next: nil)
        #expect(last.contains("rel=\"prev\""))
        #expect(!last.contains("rel=\"next\""))
    }

    @Test func indexPageListsLessonsInOrder() {
        let page = PageLayout.indexPage(
            courseTitle: "Deep Learning", description: "Learn by <running> code.",
            lessons: [(1, "Tensors", "Basics.", "tensors.html"), (2, "Optimizers", "", "optimizers.html")],
            stylesheetHref: "descent.css")
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<title>Deep Learning</title>"))
        #expect(page.contains("<p class=\"course-description\">Learn by &lt;running&gt; code.</p>"))
        #expect(page.contains("<li class=\"lesson-card\"><a href=\"tensors.html\"><span class=\"lesson-number\">1</span><span class=\"lesson-text\"><span class=\"lesson-title\">Tensors</span><span class=\"lesson-summary\">Basics.</span></span></a></li>"))
        #expect(page.contains("<li class=\"lesson-card\"><a href=\"optimizers.html\"><span class=\"lesson-number\">2</span><span class=\"lesson-text\"><span class=\"lesson-title\">Optimizers</span></span></a></li>"))
        #expect(page.contains("<main id=\"content\""))
        #expect(isBalanced(page))
    }

    @Test func outputIsDeterministic() {
        #expect(samplePage() == samplePage())
        #expect(Stylesheet.css == Stylesheet.css)
    }

    @Test func stylesheetCoversThemesAndNeedsNoNetwork() {
        let css = Stylesheet.css
        var depth = 0
        for c in css {
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            #expect(depth >= 0)
        }
        #expect(depth == 0)
        #expect(css.hasPrefix("@charset \"utf-8\";"))
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains("@media print"))
        for forbidden in ["url(", "@import", "@font-face", "http:", "https:"] {
            #expect(!css.contains(forbidden), "\(forbidden)")
        }
        for selector in [".output", ".figure", ".log", ".exercise", ".solution", ".callout-error", ".callout-note",
                         ".pager", ".lesson-card", ".anchor", ".toc", ".kw", ".str", ".com", ".skip-link",
                         ".nowrap", "figure.wide-2", "figure.wide-3", "--figure-paper"] {
            #expect(css.contains(selector), "\(selector)")
        }
    }
}
