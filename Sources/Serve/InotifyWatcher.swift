#if os(Linux)
import Foundation
import Glibc

/// Watches a folder and its subfolders with Linux's inotify.
///
/// A thread waits on the inotify descriptor and a wake-up pipe; after the first event of a
/// burst it keeps reading until nothing has arrived for the quiet period, then reports the
/// burst. Folders created inside are watched as they appear.
///
/// A burst stays open longer (up to `hold` after its last event) while a save is visibly
/// half done: a lesson file created but not yet closed, or a lesson moved away or deleted
/// and not yet back (editors that rename the original to a backup, then write the new
/// file). Without that, a slow step of one save (an `fsync`, a busy machine) would split it
/// into two rebuilds, the first seeing the lesson missing or empty.
final class InotifyWatcher: FolderWatcher, @unchecked Sendable {
    private let fd: Int32
    private let wake: (read: Int32, write: Int32)
    private let lock = NSLock()
    private var stopped = false

    /// What a file or folder event may be: written and closed, moved in or out, created, deleted.
    static let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
        | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF) | UInt32(IN_ATTRIB)

    /// How long a half-done save keeps its burst open after the burst's last event.
    static let hold: Duration = .milliseconds(250)

    /// Starts watching, or returns nil when inotify is unavailable (the caller then polls).
    init?(folder: String, quiet: Duration, onChange: @escaping @Sendable ([String]) -> Void) {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else {
            close(fd)
            return nil
        }
        self.fd = fd
        self.wake = (pipeFDs[0], pipeFDs[1])
        var folders: [Int32: String] = [:]
        guard Self.watch(folder, relative: "", fd: fd, into: &folders) else {
            close(fd)
            close(pipeFDs[0])
            close(pipeFDs[1])
            return nil
        }
        let quietMilliseconds = Self.milliseconds(quiet)
        let holdMilliseconds = max(quietMilliseconds, Self.milliseconds(Self.hold))
        let initial = folders
        let wakeRead = pipeFDs[0]
        let thread = Thread { [self] in
            var folders = initial
            var burst: Set<String> = []
            // Course files of this burst created and not yet closed, or gone and not yet back.
            var unfinished: Set<String> = []
            var lastEvent = ContinuousClock.now
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
                // Block until the first event of a burst; then wait only until it is quiet.
                var timeout: Int32 = -1
                if !burst.isEmpty {
                    let waited = Self.milliseconds(ContinuousClock.now - lastEvent)
                    timeout = max(0, (unfinished.isEmpty ? quietMilliseconds : holdMilliseconds) - waited)
                }
                let ready = poll(&fds, 2, timeout)
                if ready < 0 && errno == EINTR { continue }
                if fds[1].revents != 0 || ready < 0 { break }
                if ready == 0 {
                    let relevant = burst.filter(FolderWatchers.matters).sorted()
                    burst = []
                    unfinished = []
                    if !relevant.isEmpty, !isStopped { onChange(relevant) }
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
                lastEvent = ContinuousClock.now
                var offset = 0
                while offset + 16 <= count {
                    let (wd, eventMask, length) = buffer.withUnsafeBytes { raw in
                        (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                         raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                         Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                    }
                    let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    offset += 16 + length
                    let base = folders[wd] ?? ""
                    let relative = base.isEmpty ? name : (name.isEmpty ? base : base + "/" + name)
                    if eventMask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil; continue }
                    let isFolder = eventMask & UInt32(IN_ISDIR) != 0
                    if isFolder, eventMask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                        let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
                        _ = Self.watch(full, relative: relative, fd: fd, into: &folders)
                    }
                    if !relative.isEmpty { burst.insert(relative) }
                    if !isFolder, FolderWatchers.isCourseFile(relative) {
                        if eventMask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE)) != 0 {
                            unfinished.insert(relative)
                        } else if eventMask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)) != 0 {
                            unfinished.remove(relative)
                        }
                    }
                }
            }
        }
        thread.name = "descent-watch-inotify"
        thread.start()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        Int32(clamping: duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    func stop() {
        let first = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    deinit {
        close(fd)
        close(wake.read)
        close(wake.write)
    }

    /// Adds a watch on `path` and every folder below it (hidden ones skipped).
    private static func watch(_ path: String, relative: String, fd: Int32, into folders: inout [Int32: String]) -> Bool {
        let wd = inotify_add_watch(fd, path, mask)
        guard wd >= 0 else { return false }
        folders[wd] = relative
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let child = path + "/" + name
            if fm.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                _ = watch(child, relative: relative.isEmpty ? name : relative + "/" + name, fd: fd, into: &folders)
            }
        }
        return true
    }
}
#endif
