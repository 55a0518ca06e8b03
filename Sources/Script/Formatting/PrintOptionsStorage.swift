#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-thread storage of `torch.set_printoptions` (one script runs per thread).
final class PrintOptionsStorage {
    var options = TensorFormat.Options()

    nonisolated(unsafe) private static var key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<PrintOptionsStorage>.fromOpaque(pointer).release() }
        }
        return key
    }()

    /// Drops the calling thread's options: the next use starts from the defaults.
    static func reset() {
        guard let pointer = pthread_getspecific(key) else { return }
        pthread_setspecific(key, nil)
        Unmanaged<PrintOptionsStorage>.fromOpaque(pointer).release()
    }

    /// The calling thread's storage.
    static var current: PrintOptionsStorage {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<PrintOptionsStorage>.fromOpaque(pointer).takeUnretainedValue()
        }
        let storage = PrintOptionsStorage()
        pthread_setspecific(key, Unmanaged.passRetained(storage).toOpaque())
        return storage
    }
}
