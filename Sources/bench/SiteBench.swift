import Foundation
import Site

/// `swift run -c release bench site [--runs N] [--sizes 1,10,100,500] [--notebooks DIR]`:
/// builds the real course cold (no cache) N times and prints the median wall time and the
/// peak resident memory, split into load+parse and evaluate+render, beside evaluate alone (as
/// `descent check` does; figures are drawn while evaluating, so rendering is the page HTML); then
/// builds generated courses of 1, 10, 100 and 500 lessons, each a copy of lesson 3 of the
/// course with its learning rates varied, and prints the time per lesson, so that the growth
/// with the course's size is visible. Each generated course is built twice: as `descent build`
/// does (`CourseBuild.publish`: each page written into the staging folder as it is done), and
/// with the whole site held in memory and returned (`CourseBuild.run` without a page receiver,
/// how `descent build` worked before pages were written as they finished), so the memory
/// the streaming saves is measured on the same machine in the same run.
///
/// `bench site --generate N DIR` only writes the generated course of N lessons into DIR, to
/// measure the `descent` command itself on it (`/usr/bin/time -v descent build DIR ...`).
///
/// Peak memory is the process's VmHWM, reset before each measurement through
/// `/proc/self/clear_refs` (Linux) after freed memory went back to the system, so each line
/// reports its own peak. It includes the executable's and libraries' resident code (about
/// 45 MB with MKL), not only the data a build holds.
enum SiteBench {
    static func run(_ args: [String]) async {
        var runs = 9
        var sizes = [1, 10, 100, 500]
        var notebooks = "notebooks"
        var generate: (size: Int, folder: String)?
        var i = 0
        while i < args.count {
            let value = i + 1 < args.count ? args[i + 1] : ""
            switch args[i] {
            case "--runs": runs = max(1, Int(value) ?? runs); i += 1
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }; i += 1
            case "--notebooks": notebooks = value; i += 1
            case "--generate":
                guard let size = Int(value), size > 0, i + 2 < args.count else {
                    print("bench site: --generate takes a number of lessons and a folder")
                    exit(2)
                }
                generate = (size, args[i + 2])
                i += 2
            default:
                print("bench site: unknown argument \(args[i])")
                exit(2)
            }
            i += 1
        }
        if let generate {
            guard let template = lessonTemplate(in: notebooks) else {
                print("no lesson with order 3 in \(notebooks) to generate a course from")
                exit(1)
            }
            let folder = URL(fileURLWithPath: generate.folder)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            writeCourse(size: generate.size, template: template.text, to: folder)
            print("wrote \(generate.size) copies of \(template.name) to \(generate.folder)")
            return
        }
        print("cores: \(ProcessInfo.processInfo.activeProcessorCount)")

        // The real course, cold: parse, evaluate, evaluate+render.
        var load: [Double] = [], check: [Double] = [], build: [Double] = []
        var peak = 0
        var cpu: [Double] = []
        var summary = ""
        for _ in 0..<runs {
            resetPeak()
            let cpuBefore = cpuMilliseconds()
            let (course, tLoad) = time { Course.load(paths: [notebooks], courseFolder: notebooks) }
            let (_, tCheck) = await timeAsync { await CourseBuild(course: course).run(render: false) }
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("descent-bench-site-out-\(getpid())").path
            let (published, tBuild) = await timeAsync { await CourseBuild(course: course).publish(to: out) }
            let result = published.result
            peak = max(peak, peakRSSKiB())
            cpu.append(cpuMilliseconds() - cpuBefore)
            load.append(tLoad); check.append(tCheck); build.append(tBuild)
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let bytes = Self.bytes(under: out)
            try? FileManager.default.removeItem(atPath: out)
            summary = "\(result.stats.lessons) lessons, \(result.stats.figures) figures, \(result.stats.runs) runs, \(result.stats.scripts) scripts, \(errors) errors, \(bytes / 1024) KiB of pages"
        }
        print("course \(notebooks): \(summary)")
        print(String(format: "  cold build into a folder, median of %d: %.1f ms = parse %.1f ms + evaluate, render and write %.1f ms (evaluate only, as check: %.1f ms); peak RSS %.1f MB",
                     runs, median(load) + median(build), median(load), median(build), median(check), Double(peak) / 1024))
        print(String(format: "  CPU time of one parse + check + build round, median: %.1f ms (wall times above include waiting for other processes on a busy machine)", median(cpu)))

        // Generated courses.
        guard let template = lessonTemplate(in: notebooks) else {
            print("no lesson with order 3 in \(notebooks) to generate courses from")
            return
        }
        print("generated courses (copies of \(template.name) with varied learning rates):")
        print("  lessons   wall ms   wall ms/lesson   CPU ms/lesson   parse ms   evaluate+render+write ms   peak RSS MB   (site held in memory: peak RSS MB)")
        for size in sizes {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-bench-site-\(size)-\(getpid())")
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            writeCourse(size: size, template: template.text, to: folder)
            let out = folder.path + "-site"
            resetPeak()
            let cpuBefore = cpuMilliseconds()
            let (course, tLoad) = time { Course.load(paths: [folder.path], courseFolder: folder.path) }
            let (published, tBuild) = await timeAsync { await CourseBuild(course: course).publish(to: out) }
            let cpu = cpuMilliseconds() - cpuBefore
            let rss = Double(peakRSSKiB()) / 1024
            let errors = published.result.diagnostics.filter { $0.severity == .error }.count
            try? FileManager.default.removeItem(atPath: out)
            // The same build with every page held until the end, for comparison.
            resetPeak()
            let held = await CourseBuild(course: Course.load(paths: [folder.path], courseFolder: folder.path)).run(render: true)
            let heldRSS = Double(peakRSSKiB()) / 1024
            let total = tLoad + tBuild
            print(String(format: "  %7d   %7.0f   %14.1f   %13.1f   %8.1f   %24.1f   %11.1f   %11.1f%@", size, total, total / Double(size), cpu / Double(size), tLoad, tBuild, rss,
                         heldRSS, errors > 0 ? " (\(errors) errors)" : ""))
            _ = held.files.count
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Writes lessons 1...size, each `vary(template, lesson: k)`, into `folder`.
    static func writeCourse(size: Int, template: String, to folder: URL) {
        for k in 1...max(size, 1) {
            let text = vary(template, lesson: k)
            try? Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "lesson-%04d.md", k)))
        }
    }

    /// Lesson 3 of the course (front matter `order: 3`), the one with the most figures.
    static func lessonTemplate(in folder: String) -> (name: String, text: String)? {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        for name in files {
            guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
            if text.contains("\norder: 3\n") { return (name, text) }
        }
        return nil
    }

    /// The template as lesson `k`: its own title and order, and the learning rates of its
    /// `{descent}` blocks scaled by 1 + (k mod 7)%, so runs differ from lesson to lesson.
    /// Blocks with `explore` or `compare` are left as they are (their own rate must stay one
    /// of the values the slider lists), as are script blocks, so their `{output}` blocks hold:
    /// every generated lesson checks clean.
    static func vary(_ text: String, lesson k: Int) -> String {
        let factor = 1 + Double(k % 7) / 100
        var out: [Substring] = []
        var block: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("order: ") { out.append("order: \(k)"); continue }
            if line.hasPrefix("title: ") { out.append("title: Generated lesson \(k)"); continue }
            if block == nil, line.hasPrefix("```{descent}") { block = [line]; continue }
            guard var lines = block else { out.append(line); continue }
            lines.append(line)
            block = lines
            guard line.trimmingCharacters(in: .whitespaces) == "```" else { continue }
            let fixed = lines.contains { $0.hasPrefix(":explore:") || $0.hasPrefix(":compare:") }
            for l in lines {
                out.append(!fixed && (l.hasPrefix(":optimizer:") || l.hasPrefix(":panels:")) ? Substring(scaleRates(String(l), by: factor)) : l)
            }
            block = nil
        }
        out += block ?? []
        return out.joined(separator: "\n")
    }

    /// `line` with every `lr=NUMBER` multiplied by `factor`.
    static func scaleRates(_ line: String, by factor: Double) -> String {
        var s = line
        var result = ""
        while let r = s.range(of: "lr=") {
            result += s[..<r.upperBound]
            s = String(s[r.upperBound...])
            let digits = s.prefix { $0.isNumber || $0 == "." }
            if let v = Double(digits) {
                result += String(format: "%.4g", v * factor)
                s.removeFirst(digits.count)
            }
        }
        return result + s
    }

    /// Total bytes of the files below `folder`.
    static func bytes(under folder: String) -> Int {
        var total = 0
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while enumerator?.nextObject() != nil {
            total += (enumerator?.fileAttributes?[.size] as? NSNumber)?.intValue ?? 0
        }
        return total
    }

    static func time<T>(_ body: () -> T) -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = body()
        return (value, milliseconds(clock.now - start))
    }

    static func timeAsync<T>(_ body: () async -> T) async -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = await body()
        return (value, milliseconds(clock.now - start))
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// User plus system CPU time of this process so far, in milliseconds.
    static func cpuMilliseconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
        return ms(usage.ru_utime) + ms(usage.ru_stime)
    }

    /// VmHWM of this process in KiB (0 where /proc is missing).
    static func peakRSSKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// Resets VmHWM to the current RSS (`echo 5 > /proc/self/clear_refs`), after handing
    /// memory freed by the previous measurement back to the system, so that it does not
    /// count in the next one's peak.
    static func resetPeak() {
        CourseBuild.releaseFreeMemory()
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
    }
}
