#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-thread autograd state, thread-local as in PyTorch: grad mode and the sequence
/// number counter of graph nodes.
final class AutogradThreadState {
    var gradEnabled = true
    /// Inside `torch.inference_mode()`: new tensors are inference tensors.
    var inferenceMode = false
    /// Whether any thread ever entered inference mode: lets tensor creation skip the
    /// thread-local lookup in the common case.
    nonisolated(unsafe) static var anyInferenceMode = false
    var nextSequenceNr = 0
    var backwardPass = 0
    /// PyTorch's error from reading the `grad_fn` of a view it refuses to differentiate,
    /// recorded while an operation builds its node; the script layer raises it when the
    /// operation returns (`takePendingError`).
    var pendingError: String?
    /// Whether any thread ever recorded a pending error: lets the per-call check skip the
    /// thread-local lookup in the common case.
    nonisolated(unsafe) static var anyPendingError = false

    nonisolated(unsafe) private static var key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<AutogradThreadState>.fromOpaque(pointer).release() }
        }
        return key
    }()

    /// Drops the calling thread's state: the next use starts afresh, as on a new thread.
    static func reset() {
        guard let pointer = pthread_getspecific(key) else { return }
        pthread_setspecific(key, nil)
        Unmanaged<AutogradThreadState>.fromOpaque(pointer).release()
    }

    /// The calling thread's state.
    static var current: AutogradThreadState {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<AutogradThreadState>.fromOpaque(pointer).takeUnretainedValue()
        }
        let state = AutogradThreadState()
        pthread_setspecific(key, Unmanaged.passRetained(state).toOpaque())
        return state
    }
}

/// Switch for recording autograd graphs (PyTorch's `torch.no_grad()`), per thread.
public enum GradMode {
    static var enabled: Bool { AutogradThreadState.current.gradEnabled }

    /// Forgets the calling thread's autograd state (grad and inference mode, node sequence
    /// numbers), so a thread reused for another session starts as a new thread would.
    public static func resetThreadState() { AutogradThreadState.reset() }

    /// Whether operations currently record a graph (`torch.is_grad_enabled()`).
    public static var isEnabled: Bool { enabled }

    /// Sets grad mode (`torch.set_grad_enabled`).
    public static func setEnabled(_ value: Bool) { AutogradThreadState.current.gradEnabled = value }

    /// Whether `torch.inference_mode()` is on (grad mode is off then too).
    public static var isInferenceMode: Bool {
        AutogradThreadState.anyInferenceMode && AutogradThreadState.current.inferenceMode
    }

    /// Turns inference mode on or off (`torch.inference_mode()`'s `__enter__`/`__exit__`).
    public static func setInferenceMode(_ value: Bool) {
        if value { AutogradThreadState.anyInferenceMode = true }
        AutogradThreadState.current.inferenceMode = value
    }

    /// Runs `body` with graph recording off, as `with torch.no_grad():`.
    public static func withNoGrad<T>(_ body: () throws -> T) rethrows -> T {
        let state = AutogradThreadState.current
        let previous = state.gradEnabled
        state.gradEnabled = false
        defer { state.gradEnabled = previous }
        return try body()
    }
}
