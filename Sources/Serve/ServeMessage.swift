/// The messages `descent serve` emits, declared in one place.
enum ServeMessage {
    static func noSuchPath(_ path: String) -> String { "no such folder: \(path)" }
    static func cannotWrite(_ path: String, _ reason: String) -> String { "cannot write \(path): \(reason)" }
    static func portInUse(_ address: String) -> String {
        "cannot listen on \(address): the port is already in use (another server is running there; pick another with --port)"
    }
    static func cannotListen(_ address: String, _ reason: String) -> String { "cannot listen on \(address): \(reason)" }
    static func badHost(_ host: String) -> String { "--host must be an IP address such as 127.0.0.1, 0.0.0.0 or ::1 (or localhost), not '\(host)'" }
}
