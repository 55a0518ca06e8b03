import Foundation
import Notebook

/// A lesson file read from disk: its path as the user named it and its text.
public struct LessonSource: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Finds and reads the lessons named on a command line or in a course folder.
public enum LessonFinder {
    /// Reads every lesson under `paths` (files, or folders searched for `*.md`), reporting
    /// paths that do not exist or cannot be read. Lessons come back sorted by path.
    public static func load(_ paths: [String]) -> (lessons: [LessonSource], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error(SiteMessage.noSuchPath(path), at: nil))
                continue
            }
            if isDirectory.boolValue {
                let found = markdownFiles(in: path)
                if found.isEmpty { diagnostics.append(.warning(SiteMessage.noLessons(path), at: nil)) }
                files += found
            } else {
                files.append(path)
            }
        }
        var lessons: [LessonSource] = []
        var seen: Set<String> = []
        for file in files where seen.insert(file).inserted {
            guard let data = fm.contents(atPath: file) else {
                diagnostics.append(.error(SiteMessage.unreadable(file), at: nil))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error(SiteMessage.notUTF8(file), at: nil))
                continue
            }
            lessons.append(LessonSource(path: file, text: text))
        }
        return (lessons, diagnostics)
    }

    /// The `.md` files below `folder`, sorted, skipping hidden entries.
    static func markdownFiles(in folder: String) -> [String] {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            guard relative.hasSuffix(".md") else { continue }
            let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            if relative.lowercased() == "readme.md" { continue }
            result.append(full)
        }
        return result.sorted()
    }
}
