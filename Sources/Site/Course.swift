import Foundation
import Notebook

/// A course: its settings and the outline of its lessons, in reading order.
///
/// A course holds no lesson's text or parse: each lesson is read and parsed again when it is
/// built, then let go, so a build's memory does not grow with the number of lessons.
public struct Course: Sendable {
    public var config: CourseConfig
    public var lessons: [LessonEntry]
    /// Every problem found while loading: `course.yaml`, unreadable files, clashing pages,
    /// repeated orders (a lesson's own problems come with its build).
    public var diagnostics: [Diagnostic]
    /// The text of `course.yaml` by path, for printing its diagnostics with their source line.
    public var sources: [String: String]

    /// A lesson as the course knows it before building it.
    public struct LessonEntry: Sendable {
        /// The lesson file, as named to the tool.
        public var path: String
        /// The page's file name in the site (`01-gradient-descent.html`).
        public var pageName: String
        public var outline: LessonOutline
        /// A hash of the lesson's text (line endings normalized): part of the cache key, and
        /// how a build tells that the file it reads is still the one loaded.
        public var digest: String

        /// The lesson's title, for the index and its neighbours' links.
        public var title: String { outline.title }
    }

    /// Loads the lessons under `paths` and, when `courseFolder` is given, its `course.yaml`.
    /// Each lesson is read, hashed and outlined (its front matter), and its text let go. A
    /// lesson whose path and text are those of a lesson of `previous` is not outlined again
    /// (`descent serve` loads the course on every save).
    public static func load(paths: [String], courseFolder: String?, previous: Course? = nil) -> Course {
        var reusable: [String: LessonEntry] = [:]
        for lesson in previous?.lessons ?? [] { reusable[lesson.path] = lesson }
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
        let (files, findProblems) = LessonFinder.files(paths)
        diagnostics += findProblems
        var lessons: [LessonEntry] = []
        for file in files {
            let text: String
            switch LessonFinder.read(file) {
            case .success(let read): text = read
            case .failure(let problem):
                diagnostics.append(problem)
                continue
            }
            let digest = Self.digest(text)
            if let known = reusable[file], known.digest == digest {
                lessons.append(known)
                continue
            }
            lessons.append(LessonEntry(path: file, pageName: pageName(for: file, in: courseFolder),
                                       outline: LessonParser.outline(text, path: file), digest: digest))
        }
        // Two lessons must not write the same page, nor a lesson the course index.
        var owners: [String: String] = ["index.html": "the course index"]
        lessons.removeAll { lesson in
            if let owner = owners[lesson.pageName] {
                diagnostics.append(.error(SiteMessage.pageClash(lesson.pageName, lesson.path, owner), at: nil))
                return true
            }
            owners[lesson.pageName] = lesson.path
            return false
        }
        lessons.sort { a, b in
            let oa = a.outline.order ?? Int.max, ob = b.outline.order ?? Int.max
            if oa != ob { return oa < ob }
            return a.pageName < b.pageName
        }
        var orders: [Int: String] = [:]
        for lesson in lessons {
            guard let order = lesson.outline.order else { continue }
            if let other = orders[order] {
                diagnostics.append(.warning(SiteMessage.duplicateOrder(order, other), at: lesson.outline.frontMatterRange))
            } else {
                orders[order] = lesson.path
            }
        }
        if config.title == CourseConfig().title, courseFolder != nil, let first = lessons.first, lessons.count == 1 {
            config.title = first.title
        }
        return Course(config: config, lessons: lessons, diagnostics: diagnostics, sources: sources)
    }

    /// The hash of a lesson's text that `LessonEntry.digest` holds.
    static func digest(_ text: String) -> String {
        var hash = ContentHash()
        hash.add(text)
        return hash.hex
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
