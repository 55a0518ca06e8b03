import Foundation

/// The CPU this process runs on, as far as it decides MKL's results.
///
/// MKL chooses its VML kernels by CPU vendor: the reference host's AMD EPYC runs a generic
/// kernel, an Intel Xeon an AVX-512 one, and a few float32 results differ in the last bit.
/// PyTorch runs the same kernels, so Descent's MKL backend matches PyTorch on the host it
/// runs on, and a site or a test fixture made with MKL is tied to the vendor it was made on.
public enum HostCPU {
    /// The vendor string (`GenuineIntel`, `AuthenticAMD`), or `unknown`.
    public static let vendor: String = readVendor()

    /// The vendor of the host that recorded the reference data (`shared/reference`, the base
    /// test fixtures).
    public static let referenceVendor = "AuthenticAMD"

    /// Lanes of a float32 vector in PyTorch's vectorized CPU kernels on this host: 16 where the
    /// CPU has AVX-512 F/BW/VL/DQ (ATen's `avx512` capability), else 8 (`avx2`). As in
    /// PyTorch, `ATEN_CPU_CAPABILITY=avx2` in the environment forces 8 lanes (and `avx512`
    /// asks for 16, granted only where the CPU has it). Softmax, sigmoid, `norm` and the
    /// cross-entropy family round as ATen's kernels of that width do.
    public static let floatVectorLanes: Int = {
        let hasAVX512 = cpuFlags.isSuperset(of: ["avx512f", "avx512bw", "avx512vl", "avx512dq"])
        switch ProcessInfo.processInfo.environment["ATEN_CPU_CAPABILITY"] {
        case "avx2": return 8
        default: return hasAVX512 ? 16 : 8
        }
    }()

    /// Whether oneDNN runs its AVX-512 (`avx512_core`) kernels here: the CPU has AVX-512
    /// F/BW/VL/DQ and `ONEDNN_MAX_CPU_ISA` (or `DNNL_MAX_CPU_ISA`) does not cap it at an older
    /// instruction set. PyTorch's float32 `gelu` runs through oneDNN, whose AVX-512 kernel
    /// computes erf by a piecewise polynomial and whose AVX2 kernel by Abramowitz and Stegun's
    /// formula, so the two round differently. `ATEN_CPU_CAPABILITY` does not change it.
    public static let oneDNNAVX512: Bool = {
        guard cpuFlags.isSuperset(of: ["avx512f", "avx512bw", "avx512vl", "avx512dq"]) else { return false }
        let env = ProcessInfo.processInfo.environment
        guard let cap = (env["ONEDNN_MAX_CPU_ISA"] ?? env["DNNL_MAX_CPU_ISA"])?.uppercased(), !cap.isEmpty else { return true }
        return cap == "ALL" || cap == "DEFAULT" || cap.hasPrefix("AVX512") || cap.hasPrefix("AVX10")
    }()

    /// The CPU's feature flags from /proc/cpuinfo (empty where it cannot be read).
    static var cpuFlags: Set<String> {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return [] }
        return Set(line.split(separator: " ").map(String.init))
    }

    private static func readVendor() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("vendor_id") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown"
    }
}
