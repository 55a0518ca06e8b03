import Foundation
import Notebook

/// Optimizer runs and figures this process has already computed, for `descent serve`: a
/// saved edit reruns its lesson, and the `{descent}` blocks the edit did not touch (most of a
/// lesson's work: the runs and their contour plots) are taken from here instead of being
/// computed again.
///
/// Entries are keyed by everything they depend on: a run by its spec as written (options and
/// their places in the file, so diagnostics point where they should) and the math backend;
/// a drawing by its runs' specs and its element ids. Once the entries exceed `budget`
/// bytes, the least recently used go (down to three quarters of it, so that a cold build
/// filling the memo does not sort it on every store), so a long session's memory stays
/// bounded. The default, 4 MiB, holds the figures of two or more lessons as large as the
/// course's biggest (lesson 3: a 0.7 MB page): the ones being edited; it keeps `serve` of a
/// 500-lesson course under 60 MB. `descent
/// build` uses none: every lesson is computed once there, and holding figures would make
/// memory grow with the course.
public final class FigureMemo: @unchecked Sendable {
    private struct Entry {
        var value: Value
        var bytes: Int
        var used: Int
    }

    private enum Value {
        case run(spec: Notebook.DescentSpec, unmapped: Set<SourceRange>, run: DescentRun?, diagnostics: [Diagnostic])
        case svg(String)
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var clock = 0
    private var total = 0
    /// The most the entries may hold, in bytes (roughly: grids, paths and SVG text).
    public let budget: Int
    /// Lookups answered from the memo and computed anew, since the start.
    public private(set) var hits = 0, misses = 0

    public init(budget: Int = 4 << 20) { self.budget = budget }

    /// `DescentRun.run(spec, unmapped:)`, computed once per spec.
    func run(_ spec: Notebook.DescentSpec, unmapped: Set<SourceRange>, diagnostics: inout [Diagnostic]) -> DescentRun? {
        let relevant = unmapped.filter { [spec.loss.range, spec.optimizer?.range, spec.scheduler?.range].contains($0) }
        let key = "run \(LessonEvaluator.backendFingerprint) \(spec) \(relevant.sorted { $0.description < $1.description })"
        if case .run(let known, let knownUnmapped, let run, let problems)? = lookup(key), known == spec, knownUnmapped == relevant {
            diagnostics += problems
            return run
        }
        var problems: [Diagnostic] = []
        let run = DescentRun.run(spec, unmapped: relevant, diagnostics: &problems)
        diagnostics += problems
        let bytes = 4 * ((run?.z.count ?? 0) + (run?.gridX.count ?? 0) + (run?.gridY.count ?? 0)) + 32 * (run?.trajectory?.epochs.count ?? 0) + 512
        store(key, .run(spec: spec, unmapped: relevant, run: run, diagnostics: problems), bytes: bytes)
        return run
    }

    /// `LessonEvaluator.svg(for: runs, id:)`, drawn once per set of runs and id.
    func svg(for runs: [DescentRun], id: String) -> String {
        let key = "svg \(LessonEvaluator.backendFingerprint) \(id) \(runs.map { "\($0.spec)" })"
        if case .svg(let svg)? = lookup(key) { return svg }
        let svg = LessonEvaluator.svg(for: runs, id: id)
        store(key, .svg(svg), bytes: svg.utf8.count + key.utf8.count)
        return svg
    }

    private func lookup(_ key: String) -> Value? {
        lock.withLock {
            guard var entry = entries[key] else {
                misses += 1
                return nil
            }
            hits += 1
            clock += 1
            entry.used = clock
            entries[key] = entry
            return entry.value
        }
    }

    private func store(_ key: String, _ value: Value, bytes: Int) {
        lock.withLock {
            clock += 1
            if let old = entries[key] { total -= old.bytes }
            entries[key] = Entry(value: value, bytes: bytes, used: clock)
            total += bytes
            guard total > budget else { return }
            let target = budget / 4 * 3
            for (key, entry) in entries.sorted(by: { $0.value.used < $1.value.used }) where total > target {
                entries[key] = nil
                total -= entry.bytes
            }
        }
    }
}
