import Foundation
import Notebook

/// Writes a built site into a folder atomically: every file goes into a temporary folder
/// beside the target as soon as it is done, and that folder replaces the target only once
/// the whole site is written (`commit`); `discard` leaves the target as it was.
final class SiteWriter {
    private let fm = FileManager.default
    private let folder: String
    private let target: URL
    private let staging: URL
    private let retired: URL
    /// The first failure; later writes are skipped and `commit` reports it.
    private var failure: Diagnostic?

    /// Starts a site for `folder`, creating the staging folder beside it.
    init(folder: String) {
        self.folder = folder
        target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
        retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            failure = .error(SiteMessage.cannotWrite(folder, error.localizedDescription), at: nil)
        }
    }

    /// Writes one file of the site (`path` relative to the site's root).
    func write(_ path: String, _ contents: String) {
        guard failure == nil else { return }
        let url = staging.appendingPathComponent(path)
        do {
            if path.contains("/") { try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true) }
            try Data(contents.utf8).write(to: url)
        } catch {
            failure = .error(SiteMessage.cannotWrite(folder, error.localizedDescription), at: nil)
        }
    }

    /// Replaces the target folder with everything written.
    func commit() throws(Diagnostic) {
        if let failure {
            discard()
            throw failure
        }
        do {
            if fm.fileExists(atPath: target.path) {
                try fm.moveItem(at: target, to: retired)
                do {
                    try fm.moveItem(at: staging, to: target)
                } catch {
                    try? fm.moveItem(at: retired, to: target)
                    throw error
                }
                try? fm.removeItem(at: retired)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            discard()
            throw .error(SiteMessage.cannotWrite(folder, error.localizedDescription), at: nil)
        }
    }

    /// Removes everything written; the target stays as it was.
    func discard() {
        try? fm.removeItem(at: staging)
    }

    /// Writes `files` (relative path → contents) as the whole content of `folder`.
    static func write(_ files: [(path: String, contents: String)], to folder: String) throws(Diagnostic) {
        let writer = SiteWriter(folder: folder)
        for file in files { writer.write(file.path, file.contents) }
        try writer.commit()
    }
}

extension CourseBuild {
    /// Builds the site into `folder` as `descent build` does: each page is written into the
    /// staging folder as soon as it is done (the site is never held whole in memory), and
    /// the staging folder replaces `folder` only when no lesson has an error.
    /// Returns the build's result and, when the folder could not be written, why.
    public func publish(to folder: String, progress: (@Sendable (Int, Int, String) -> Void)? = nil) async -> (result: Result, writeError: Diagnostic?) {
        let writer = SiteWriter(folder: folder)
        var failed = false
        let result = await run(render: true, progress: progress, pages: { file in
            if file.failed { failed = true }
            if !failed { writer.write(file.path, file.contents) }
        })
        if failed || result.diagnostics.contains(where: { $0.severity == .error }) {
            writer.discard()
            return (result, nil)
        }
        do {
            try writer.commit()
            return (result, nil)
        } catch {
            return (result, error)
        }
    }
}
