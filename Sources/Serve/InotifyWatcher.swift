#if os(Linux)
import Foundation
import Glibc

/// Watches a folder and its subfolders with Linux's inotify.
///
/// A thread waits on the inotify descriptor and a wake-up pipe; after the first event of a
/// burst it keeps reading until nothing has arrived for the quiet period, then reports the
/// burst. Folders created inside are watched as they appear.
final class InotifyWatcher: FolderWatcher, @unchecked Sendable {
    private let fd: Int32
    private let wake: (read: Int32, write: Int32)
    private let lock = NSLock()
    private var stopped = false

    /// What a file or folder event may be: written and closed, moved in or out, created, deleted.
    static let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
        | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF) | UInt32(IN_ATTRIB)

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
        let quietMilliseconds = Int32(quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000)
        let initial = folders
        let wakeRead = pipeFDs[0]
        let thread = Thread { [self] in
            var folders = initial
            var burst: Set<String> = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
                // Block until the first event of a burst; then wait only the quiet period.
                let ready = poll(&fds, 2, burst.isEmpty ? -1 : quietMilliseconds)
                if ready < 0 && errno == EINTR { continue }
                if fds[1].revents != 0 || ready < 0 { break }
                if ready == 0 {
                    let relevant = burst.filter(FolderWatchers.matters).sorted()
                    burst = []
                    if !relevant.isEmpty, !isStopped { onChange(relevant) }
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
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
                    if eventMask & UInt32(IN_ISDIR) != 0, eventMask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                        let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
                        _ = Self.watch(full, relative: relative, fd: fd, into: &folders)
                    }
                    if !relative.isEmpty { burst.insert(relative) }
                }
            }
        }
        thread.name = "descent-watch-inotify"
        thread.start()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

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
