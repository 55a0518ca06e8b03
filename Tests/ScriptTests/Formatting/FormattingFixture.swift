import Foundation

/// Loads Fixtures/conformance/formatting.json, written by
/// tools/reference/conformance/formatting_cases.py from real CPython 3.11 and torch 2.15.
enum FormattingFixture {
    nonisolated(unsafe) static let json: [String: Any] = {
        guard let url = Bundle.module.url(forResource: "formatting", withExtension: "json",
                                          subdirectory: "Fixtures/conformance"),
              let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }()

    /// Rows of a section as arrays of strings (value, spec, expected).
    static func rows(_ section: String) -> [[String]] {
        (json[section] as? [[Any]] ?? []).map { $0.map { $0 as? String ?? "" } }
    }

    /// What a formatting call produced, in the fixture's notation: the text, or
    /// `!ValueError: message` for an exception.
    static func outcome(_ body: () throws -> String) -> String {
        do {
            return try body()
        } catch let error as PyFormatErrorDescribable {
            return "!" + error.pythonDescription
        } catch {
            return "!\(error)"
        }
    }
}

protocol PyFormatErrorDescribable: Error {
    var pythonDescription: String { get }
}
