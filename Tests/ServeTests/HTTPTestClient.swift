import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a raw socket, so tests can send paths exactly as written
/// (`/../`, `%2e%2e`) where URLSession would normalise them, and read an event stream as it
/// arrives. Every read has a timeout, so a test never hangs.
enum HTTPTestClient {
    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Opens a TCP connection to 127.0.0.1:`port` with `timeout` on every read and write.
    static func connect(port: UInt16, timeout: Double = 10) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: __suseconds_t((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw Failure(description: "cannot connect to port \(port)")
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send failed") }
            sent += n
        }
    }

    /// Reads what is available (waiting up to the socket's timeout); empty at end of stream.
    static func receive(_ fd: Int32) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 16384)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n < 0 { throw Failure(description: "read timed out or failed (errno \(errno))") }
        return Array(buffer.prefix(n))
    }

    /// Runs blocking socket work on a thread of its own, never on the threads Swift's
    /// concurrency shares with the server under test.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// `GET path` (sent as is) and the whole response.
    static func get(port: UInt16, _ path: String, method: String = "GET", timeout: Double = 10) async throws -> Response {
        try await offPool { try getBlocking(port: port, path, method: method, timeout: timeout) }
    }

    static func getBlocking(port: UInt16, _ path: String, method: String = "GET", timeout: Double = 10) throws -> Response {
        let fd = try connect(port: port, timeout: timeout)
        defer { close(fd) }
        try send(fd, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        var data: [UInt8] = []
        var headerEnd: Int?
        var length: Int?
        while true {
            if let end = headerEnd, let length, data.count >= end + length { break }
            let chunk = try receive(fd)
            if chunk.isEmpty { break }
            data += chunk
            if headerEnd == nil, let range = findHeaderEnd(data) {
                headerEnd = range
                let head = String(decoding: data[..<range], as: UTF8.self)
                length = parseHeaders(head).1["content-length"].flatMap { Int($0) } ?? (method == "HEAD" ? 0 : nil)
                if method == "HEAD" { length = 0 }
            }
        }
        guard let end = headerEnd else { throw Failure(description: "no response to \(path)") }
        let (status, headers) = parseHeaders(String(decoding: data[..<end], as: UTF8.self))
        let body = data[end...].prefix(length ?? Int.max)
        return Response(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }

    static func findHeaderEnd(_ data: [UInt8]) -> Int? {
        let marker: [UInt8] = [13, 10, 13, 10]
        guard data.count >= 4 else { return nil }
        for i in 0...(data.count - 4) where Array(data[i..<(i + 4)]) == marker { return i + 4 }
        return nil
    }

    static func parseHeaders(_ head: String) -> (Int, [String: String]) {
        let lines = head.components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }
}

/// An open `GET /_descent/events` connection, read one reload event at a time.
final class EventStreamClient: @unchecked Sendable {
    let fd: Int32
    private var text = ""
    private(set) var headers: [String: String] = [:]

    static func open(port: UInt16) async throws -> EventStreamClient {
        try await HTTPTestClient.offPool { try EventStreamClient(port: port) }
    }

    init(port: UInt16) throws {
        fd = try HTTPTestClient.connect(port: port, timeout: 10)
        try HTTPTestClient.send(fd, "GET /_descent/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    }

    deinit { close(fd) }

    /// The generation of the next `reload` event, waiting at most `timeout` seconds.
    func nextReload(timeout: Double = 20) async throws -> Int {
        try await HTTPTestClient.offPool { try self.nextReloadBlocking(timeout: timeout) }
    }

    func nextReloadBlocking(timeout: Double) throws -> Int {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if let range = text.range(of: "event: reload\ndata: ") {
                let rest = text[range.upperBound...]
                if let newline = rest.firstIndex(of: "\n") {
                    let value = Int(rest[..<newline]) ?? -1
                    text = String(rest[newline...])
                    return value
                }
            }
            let chunk = try HTTPTestClient.receive(fd)
            if chunk.isEmpty { throw HTTPTestClient.Failure(description: "event stream closed") }
            text += String(decoding: chunk, as: UTF8.self)
            if headers.isEmpty, let end = text.range(of: "\r\n\r\n") {
                headers = HTTPTestClient.parseHeaders(String(text[..<end.lowerBound])).1
                text = String(text[end.upperBound...])
            }
        }
        throw HTTPTestClient.Failure(description: "no reload event within \(timeout) s")
    }
}
