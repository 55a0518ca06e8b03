import Foundation
import Notebook

/// `time`: the real clocks. A page that prints them differs on every build, so each call is
/// reported (`Interpreter.clockReads`) and `descent check` warns at it.
enum TimeModule {
    static func install(in m: PyModule) {
        func clock(_ name: String, _ read: @escaping () -> Value) {
            let f = PyBuiltin(name) { _, args in
                _ = try args.positionalOnly(name, 0...0)
                return read()
            }
            f.readsClock = true
            m.attributes[name] = .builtin(f)
        }
        clock("time") { .float(Date().timeIntervalSince1970) }
        clock("time_ns") { .int(Int(Date().timeIntervalSince1970 * 1e9)) }
        clock("perf_counter") { .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        clock("perf_counter_ns") { .int(Int(DispatchTime.now().uptimeNanoseconds)) }
        clock("monotonic") { .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        clock("monotonic_ns") { .int(Int(DispatchTime.now().uptimeNanoseconds)) }
        clock("process_time") { .float(Double(clock_t(Foundation.clock())) / Double(CLOCKS_PER_SEC)) }
        m.def("sleep") { interp, args in
            let a = try args.positionalOnly("sleep", 1...1)
            let s = try interp.toDouble(a[0])
            if s < 0 { throw PyError("ValueError", "sleep length must be non-negative") }
            // Sleeping counts against the run's time limit like any other work.
            let end = DispatchTime.now().uptimeNanoseconds + UInt64(min(s, 1e6) * 1e9)
            while DispatchTime.now().uptimeNanoseconds < end {
                try interp.checkLimits()
                usleep(useconds_t(min(10_000, max(1, (end - DispatchTime.now().uptimeNanoseconds) / 1000))))
            }
            return .none
        }
    }
}

/// A call of a real clock (`time.time()`…) at a place in a script: its output is not reproducible.
public struct ClockRead: Equatable, Sendable {
    /// The function called, as `time.perf_counter`.
    public var function: String
    /// Where the call is written (the code unit's line offset applied; 1-based UTF-8 column).
    public var location: SourceLocation
}

extension Interpreter {
    /// Records a call of a real clock at `span` of `code`.
    func noteClockRead(_ f: PyBuiltin, at span: Span, _ code: CodeUnit) {
        guard clockReads.count < 1000 else { return }
        let column = (code.sourceLine(span.line) ?? "").utf8Column(scalarOffset: span.column)
        clockReads.append(ClockRead(function: "time.\(f.name)", location: SourceLocation(file: code.file, line: span.line + code.lineOffset, column: column)))
    }
}
