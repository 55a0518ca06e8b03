/// The files `torch.save` writes in one lesson session: kept in memory, never on disk.
///
/// Lesson code must not write into the reader's file system, so `torch.save(obj, "w.pth")`
/// stores a snapshot under the name and `torch.load("w.pth")` rebuilds it in a later cell of
/// the same lesson (or later in the same `descent run`). Exercise and solution runs start
/// from a copy of the store, as from a copy of the session.
struct TorchFileStore {
    private var files: [String: SavedValue] = [:]

    /// The snapshot saved under `path`, if any (`./w.pth` and `w.pth` are one file).
    subscript(path: String) -> SavedValue? {
        get { files[Self.normalized(path)] }
        set { files[Self.normalized(path)] = newValue }
    }

    /// `path` without `.` components and repeated slashes, as the file system reads it.
    static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            parts.append(part)
        }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }
}
