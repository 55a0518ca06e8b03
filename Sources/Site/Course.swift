import Foundation
import Notebook

/// A course: its settings and its lessons parsed, in reading order.
public struct Course: Sendable {
    public var config: CourseConfig
    public var lessons: [ParsedLesson]
    /// Every problem found while loading and parsing.
    public var diagnostics: [Diagnostic]
    /// The text of every file read, by path, for printing diagnostics with their source line.
    public var sources: [String: String]

    /// A lesson with where it goes in the site.
    public struct ParsedLesson: Sendable {
        public var source: LessonSource
        public var lesson: Lesson
        public var diagnostics: [Diagnostic]
        /// The page's file name in the site (`01-gradient-descent.html`).
        public var pageName: String
    }

    /// Loads the lessons under `paths` and, when `courseFolder` is given, its `course.yaml`.
    /// A lesson whose path and text are those of a lesson of `previous` is not parsed again
    /// (`descent serve` loads the course on every save).
    public static func load(paths: [String], courseFolder: String?, previous: Course? = nil) -> Course {
        var reusable: [String: ParsedLesson] = [:]
        for lesson in previous?.lessons ?? [] { reusable[lesson.source.path] = lesson }
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        var config = CourseConfig()
        if let folder = courseFolder {
            let path = folder.hasSuffix("/") ? folder + "course.yaml" : folder + "/course.yaml"
            if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) {
                let (parsed, problems) = CourseConfig.parse(text, path: path)
                config = parsed
                diagnostics += problems
                sources[path] = text
            }
        }
        let (files, loadProblems) = LessonFinder.load(paths)
        diagnostics += loadProblems
        var lessons: [ParsedLesson] = []
        for var file in files {
            file.text = LessonParser.normalizeLineEndings(file.text)
            sources[file.path] = file.text
            if let known = reusable[file.path], known.source.text == file.text {
                lessons.append(known)
                continue
            }
            let (lesson, problems) = LessonParser.parse(file.text, path: file.path)
            lessons.append(ParsedLesson(source: file, lesson: lesson, diagnostics: problems, pageName: pageName(for: file.path, in: courseFolder)))
        }
        // Two lessons must not write the same page, nor a lesson the course index.
        var owners: [String: String] = ["index.html": "the course index"]
        lessons.removeAll { lesson in
            if let owner = owners[lesson.pageName] {
                diagnostics.append(.error(SiteMessage.pageClash(lesson.pageName, lesson.source.path, owner), at: nil))
                return true
            }
            owners[lesson.pageName] = lesson.source.path
            return false
        }
        lessons.sort { a, b in
            let oa = a.lesson.frontMatter.order ?? Int.max, ob = b.lesson.frontMatter.order ?? Int.max
            if oa != ob { return oa < ob }
            return a.pageName < b.pageName
        }
        var orders: [Int: String] = [:]
        for lesson in lessons {
            guard let order = lesson.lesson.frontMatter.order else { continue }
            if let other = orders[order] {
                diagnostics.append(.warning(SiteMessage.duplicateOrder(order, other), at: lesson.lesson.frontMatter.range))
            } else {
                orders[order] = lesson.source.path
            }
        }
        if config.title == CourseConfig().title, courseFolder != nil, let first = lessons.first, lessons.count == 1 {
            config.title = first.lesson.title
        }
        return Course(config: config, lessons: lessons, diagnostics: diagnostics, sources: sources)
    }

    /// The page a lesson becomes: its path inside the course folder with `/` as `-`
    /// (`part1/intro.md` → `part1-intro.html`), or its file name when given alone.
    static func pageName(for path: String, in folder: String?) -> String {
        var relative = path.split(separator: "/").last.map(String.init) ?? path
        if let folder {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            if path.hasPrefix(prefix) { relative = String(path.dropFirst(prefix.count)) }
        }
        let stem = relative.hasSuffix(".md") ? String(relative.dropLast(3)) : relative
        return stem.replacingOccurrences(of: "/", with: "-") + ".html"
    }
}
