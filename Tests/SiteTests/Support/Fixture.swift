import Engine
import Foundation
import Testing

/// Where the Site tests' fixtures are, and golden-file comparison.
///
/// Inputs are read from the copied resource bundle; goldens and `.expected` files are
/// compared with (and recorded into) the source tree, so `RECORD_GOLDENS=1 swift test
/// --filter SiteTests` rewrites them in place. A golden that does not exist yet is recorded
/// and the test fails once, so a missing file is never silently accepted.
enum Fixture {
    /// The copied `Fixtures` folder of the test bundle.
    static var bundled: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    /// The `Fixtures` folder in the source tree (for recording).
    static var source: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = "site") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-sitetests-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a fixture folder (`course`) into a fresh temporary folder and returns the copy.
    static func copy(_ folder: String) throws -> URL {
        let dir = try temporaryFolder(folder)
        let target = dir.appendingPathComponent(folder)
        try FileManager.default.copyItem(at: bundled.appendingPathComponent(folder), to: target)
        return target
    }

    /// Compares `actual` with the golden file at `relativePath` under the source `Fixtures`
    /// folder, recording it when missing or when `RECORD_GOLDENS=1`.
    static func expectGolden(_ actual: String, _ relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        // Site goldens hold optimizer paths, which depend on the math backend: they are
        // recorded and compared with MKL's functions only (as .ci/run provides).
        if relativePath.hasPrefix("golden/"), MathBackend.automatic.name != "mkl" { return }
        // The MKL backend's fingerprint names the CPU vendor (`HostCPU`); goldens hold it as
        // VENDOR so that they read the same on every host.
        let actual = actual.replacingOccurrences(of: "mkl (\(HostCPU.vendor))", with: "mkl (VENDOR)")
        let url = source.appendingPathComponent(relativePath)
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if recording || existing == nil {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("cannot record golden \(relativePath): \(error)", sourceLocation: sourceLocation)
            }
            if existing == nil && !recording {
                Issue.record("recorded missing golden \(relativePath); rerun the tests", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = existing, expected != actual else { return }
        Issue.record("\(relativePath) differs from its golden (RECORD_GOLDENS=1 rewrites it):\n\(firstDifferences(expected: expected, actual: actual))",
                     sourceLocation: sourceLocation)
    }

    /// The first differing lines of two texts, with their line numbers, long lines cut.
    static func firstDifferences(expected: String, actual: String, limit: Int = 5) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        func cut(_ s: Substring?) -> String {
            guard let s else { return "<no line>" }
            return s.count > 160 ? String(s.prefix(160)) + "…" : String(s)
        }
        for i in 0..<max(a.count, b.count) where out.count < limit * 2 {
            let x = i < a.count ? a[i] : nil, y = i < b.count ? b[i] : nil
            if x != y {
                out.append("  line \(i + 1) golden: \(cut(x))")
                out.append("  line \(i + 1) actual: \(cut(y))")
            }
        }
        if a.count != b.count { out.append("  (golden has \(a.count) lines, actual \(b.count))") }
        return out.joined(separator: "\n")
    }
}
