import Foundation

/// One script of Fixtures/conformance/scripts with what CPython 3.11 + torch 2.15 did with it.
struct ConformanceCase: Sendable {
    let name: String
    let source: String
    let stdout: String
    let stderr: String
    let exitCode: Int
    /// True when `stderr` mentions only the script (compare it exactly); false when frames or
    /// warnings from inside torch appear (compare `stderrLastLine` only).
    let stderrExact: Bool
    let stderrLastLine: String
}

/// Loads the conformance corpus described in Fixtures/conformance/README.md.
enum ConformanceCorpus {
    static var folder: URL? {
        Bundle.module.url(forResource: "manifest", withExtension: "json",
                          subdirectory: "Fixtures/conformance")?.deletingLastPathComponent()
    }

    /// Every case listed in manifest.json, in name order; empty if the fixture is missing.
    static func load() -> [ConformanceCase] {
        guard let folder,
              let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let entries = object["scripts"] as? [[String: Any]]
        else { return [] }
        let scripts = folder.appendingPathComponent("scripts")
        func read(_ name: String, _ ext: String) -> String? {
            try? String(contentsOf: scripts.appendingPathComponent(name + ext), encoding: .utf8)
        }
        return entries.compactMap { entry in
            guard let name = entry["name"] as? String,
                  let source = read(name, ".py"), let stdout = read(name, ".out"),
                  let stderr = read(name, ".err"), let exit = read(name, ".exit"),
                  let code = Int(exit.trimmingCharacters(in: .whitespacesAndNewlines))
            else { return nil }
            return ConformanceCase(name: name, source: source, stdout: stdout, stderr: stderr,
                                   exitCode: code,
                                   stderrExact: entry["stderr_exact"] as? Bool ?? false,
                                   stderrLastLine: entry["stderr_last_line"] as? String ?? "")
        }
    }
}
