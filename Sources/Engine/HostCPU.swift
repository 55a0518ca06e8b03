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
