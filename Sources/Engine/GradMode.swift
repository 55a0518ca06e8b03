/// Global switch for recording autograd graphs (PyTorch's `torch.no_grad()`).
///
/// The engine is single-threaded by design; the state is a plain static like PyTorch's
/// thread-local grad mode.
public enum GradMode {
    nonisolated(unsafe) static var enabled = true

    /// Whether operations currently record a graph (`torch.is_grad_enabled()`).
    public static var isEnabled: Bool { enabled }

    /// Sets grad mode (`torch.set_grad_enabled`).
    public static func setEnabled(_ value: Bool) { enabled = value }

    /// Runs `body` with graph recording off, as `with torch.no_grad():`.
    public static func withNoGrad<T>(_ body: () throws -> T) rethrows -> T {
        let previous = enabled
        enabled = false
        defer { enabled = previous }
        return try body()
    }
}
