import Foundation
import Notebook

/// Finds and reads the lessons named on a command line or in a course folder.
public enum LessonFinder {
    /// The lesson files under `paths` (files, or folders searched for `*.md`), sorted within
    /// each folder and without repeats, reporting paths that do not exist.
    public static func files(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
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
        var seen: Set<String> = []
        return (files.filter { seen.insert($0).inserted }, diagnostics)
    }

    /// The text of the lesson at `path`, line endings normalized, or why it cannot be read.
    public static func read(_ path: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(SiteMessage.unreadable(path), at: nil))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(.error(SiteMessage.notUTF8(path), at: nil))
        }
        return .success(LessonParser.normalizeLineEndings(text))
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
