import Foundation

/// Watches a folder of lessons and reports each burst of changes once.
///
/// Implementations call `onChange` from their own thread with the paths (relative to the
/// folder) that changed in one burst: saves that follow each other within the quiet period
/// are coalesced, so an editor's write-rename-chmod dance or a `git checkout` of many files
/// becomes one rebuild.
protocol FolderWatcher: AnyObject, Sendable {
    /// Stops watching; no `onChange` call starts after it returns.
    func stop()
}

/// How `descent serve` learns of changes.
public enum WatchMode: String, Sendable {
    /// inotify where available (Linux), polling otherwise.
    case automatic
    /// Polling the folder's modification times, as on systems without inotify.
    case polling
}

enum FolderWatchers {
    /// A watcher for `folder`: inotify when `mode` allows and it can start, polling otherwise.
    static func start(folder: String, mode: WatchMode, quiet: Duration,
                      onChange: @escaping @Sendable ([String]) -> Void) -> (any FolderWatcher, String) {
        #if os(Linux)
        if mode == .automatic, let watcher = InotifyWatcher(folder: folder, quiet: quiet, onChange: onChange) {
            return (watcher, "inotify")
        }
        #endif
        return (PollingWatcher(folder: folder, interval: .milliseconds(250), onChange: onChange), "polling")
    }

    /// Whether a path names a file the course is made of: a lesson (`.md`) or `course.yaml`.
    /// Other files (an editor's temporary copy, an image) change no page.
    static func isCourseFile(_ relative: String) -> Bool {
        relative.hasSuffix(".md") || relative == "course.yaml"
    }

    /// Whether a changed name matters: hidden files and editor backups (`x~`, `.x.swp`) do not.
    static func matters(_ relative: String) -> Bool {
        guard let name = relative.split(separator: "/").last else { return false }
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return false }
        if name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913" { return false }
        return true
    }
}
