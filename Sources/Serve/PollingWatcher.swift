import Foundation

/// Watches a folder by listing it every `interval` and comparing each file's modification
/// time and size: the fallback where inotify is unavailable. One scan's differences are one
/// burst.
final class PollingWatcher: FolderWatcher, @unchecked Sendable {
    private let condition = NSCondition()
    private var stopped = false

    init(folder: String, interval: Duration, onChange: @escaping @Sendable ([String]) -> Void) {
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let initial = Self.scan(folder)
        let thread = Thread { [self] in
            var previous = initial
            while true {
                condition.lock()
                if !stopped { _ = condition.wait(until: Date(timeIntervalSinceNow: seconds)) }
                let done = stopped
                condition.unlock()
                if done { return }
                let now = Self.scan(folder)
                var changed: [String] = []
                for (path, stamp) in now where previous[path] != stamp { changed.append(path) }
                for path in previous.keys where now[path] == nil { changed.append(path) }
                previous = now
                let relevant = changed.filter(FolderWatchers.matters).sorted()
                if !relevant.isEmpty { onChange(relevant) }
            }
        }
        thread.name = "descent-watch-poll"
        thread.start()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    struct Stamp: Equatable {
        var modified: Double
        var size: UInt64
    }

    /// Every file below `folder` (hidden ones included, filtered later) with its stamp.
    static func scan(_ folder: String) -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: folder) else { return result }
        while let relative = enumerator.nextObject() as? String {
            guard let attributes = enumerator.fileAttributes else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
            result[relative] = Stamp(modified: modified, size: size)
        }
        return result
    }
}
