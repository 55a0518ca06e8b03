/// What a course needs to know of a lesson before building it: the title, place and summary
/// the index and the neighbours' prev/next links show.
public struct LessonOutline: Sendable, Equatable {
    /// Front matter's title, else the first level-1 heading's text, else the file name.
    public var title: String
    public var order: Int?
    public var summary: String?
    /// The front matter's lines (nil when the lesson has none), where a duplicate order is reported.
    public var frontMatterRange: SourceRange?

    public init(title: String, order: Int? = nil, summary: String? = nil, frontMatterRange: SourceRange? = nil) {
        self.title = title
        self.order = order
        self.summary = summary
        self.frontMatterRange = frontMatterRange
    }
}

extension LessonParser {
    /// The outline of `source`, the text of the lesson at `path`: only its front matter is
    /// read, unless the title must come from the first heading (then the whole lesson is
    /// parsed). Problems are not reported here; `parse` reports them when the lesson is built.
    public static func outline(_ source: String, path: String) -> LessonOutline {
        var ignored = DiagnosticBag()
        let (front, _) = FrontMatter.split(normalizeLineEndings(source), file: path, diagnostics: &ignored)
        let title = front.title ?? parse(source, path: path).lesson.title
        return LessonOutline(title: title, order: front.order, summary: front.summary, frontMatterRange: front.range)
    }
}
