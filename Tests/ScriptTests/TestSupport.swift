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
