import Engine
import Foundation
@testable import Script

/// Runs `source` in a fresh session without torch imported (as `python FILE.py`).
func run(_ source: String, torch: Bool = false, limits: ScriptLimits = .standard) -> ScriptResult {
    ScriptSession(importTorch: torch, limits: limits).run(source: source, file: "test.py")
}

/// The printed output, or the traceback's last line when the script raised.
func output(_ source: String) -> String {
    let r = run(source)
    if let e = r.error { return r.stdout + "!" + e.summary }
    return r.stdout
}

func fixtureURL(_ name: String) -> URL? {
    Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
}

/// `stem.VENDOR.ext` beside `stem.ext` when the MKL backend runs off the reference host and
/// such a variant was recorded (tools/reference/host_fixtures.py, `script_conformance.py
/// --host-variant`): MKL's kernels, PyTorch's and ours alike, differ by CPU vendor.
func hostVariant(of url: URL) -> URL {
    guard MathBackend.automatic.name == "mkl", HostCPU.vendor != HostCPU.referenceVendor else { return url }
    let ext = url.pathExtension
    let variant = url.deletingPathExtension().appendingPathExtension(HostCPU.vendor).appendingPathExtension(ext)
    return FileManager.default.fileExists(atPath: variant.path) ? variant : url
}

/// `NAME.avx2.out` beside `NAME.out` where PyTorch's vectorized kernels are 8 lanes wide on this
/// host (`HostCPU.floatVectorLanes`: a CPU without AVX-512, or `ATEN_CPU_CAPABILITY=avx2`) and
/// such a file exists. Those scripts print float32 bits of softmax, sigmoid or cross-entropy,
/// which ATen's vector width decides; their base `.out` is torch's AVX-512 output.
func vectorWidthVariant(of url: URL) -> URL {
    guard HostCPU.floatVectorLanes == 8 else { return url }
    let variant = url.deletingPathExtension().appendingPathExtension("avx2").appendingPathExtension(url.pathExtension)
    return FileManager.default.fileExists(atPath: variant.path) ? variant : url
}

/// Runs `body` on a thread with a 256 KiB stack, where recursing once per level of a 100000-deep
/// structure overflows (test threads may have larger stacks, so a regression could hide there).
func onSmallStack(_ body: @escaping @Sendable () -> String) -> String {
    final class Outcome: @unchecked Sendable {
        var text = ""
        let done = DispatchSemaphore(value: 0)
    }
    let outcome = Outcome()
    let thread = Thread {
        outcome.text = body()
        outcome.done.signal()
    }
    thread.stackSize = 1 << 18
    thread.start()
    outcome.done.wait()
    return outcome.text
}
