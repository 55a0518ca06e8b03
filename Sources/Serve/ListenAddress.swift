import FlyingSocks
import Foundation
import Notebook

/// The address `descent serve` listens on, from `--host` and `--port`.
struct ListenAddress: Sendable, CustomStringConvertible {
    let host: String
    let port: UInt16
    let isIPv6: Bool

    init(host: String, port: UInt16) throws(Diagnostic) {
        let name = host == "localhost" ? "127.0.0.1" : host
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, name, &v4) == 1 {
            isIPv6 = false
        } else if inet_pton(AF_INET6, name, &v6) == 1 {
            isIPv6 = true
        } else {
            throw .error(ServeMessage.badHost(host), at: nil)
        }
        self.host = name
        self.port = port
    }

    var socketAddress: any SocketAddress {
        // The host was checked in init, so these cannot fail.
        isIPv6 ? (try! sockaddr_in6.inet6(ip6: host, port: port)) as any SocketAddress
               : (try! sockaddr_in.inet(ip4: host, port: port)) as any SocketAddress
    }

    /// The host as it goes in a URL (`[::1]` for IPv6).
    var urlHost: String { isIPv6 ? "[\(host)]" : host }

    var description: String { "\(urlHost):\(port)" }

    /// Fails with a clear message when another process already listens on the port, before
    /// the server starts (its own error would only name the system call).
    func checkFree() throws(Diagnostic) {
        guard port != 0 else { return }
        do {
            let socket = try Socket(domain: isIPv6 ? AF_INET6 : AF_INET)
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            if isIPv6 {
                try socket.bind(to: try sockaddr_in6.inet6(ip6: host, port: port))
            } else {
                try socket.bind(to: try sockaddr_in.inet(ip4: host, port: port))
            }
        } catch SocketError.failed(_, let code, let message) {
            if code == EADDRINUSE { throw .error(ServeMessage.portInUse(description), at: nil) }
            throw .error(ServeMessage.cannotListen(description, message), at: nil)
        } catch {
            throw .error(ServeMessage.cannotListen(description, "\(error)"), at: nil)
        }
    }
}
