/// The messages the lesson parser emits, declared in one place beside the stage.
enum NotebookMessage {
    static func badYAML(_ detail: String) -> String { "invalid YAML: \(detail)" }
    static let unclosedFrontMatter = "front matter opened with '---' is never closed"
    static func frontMatterNotMap(_ found: String) -> String { "front matter must be a map of keys to values, found \(found)" }
    static func unknownFrontMatterKey(_ key: String) -> String { "unknown front-matter key '\(key)'" }
    static func unknownDirective(_ name: String) -> String { "unknown directive '{\(name)}'" }
    static func unknownOption(_ key: String, _ directive: String) -> String { "unknown option '\(key)' for {\(directive)}" }
    static func duplicateOption(_ key: String) -> String { "option '\(key)' is given twice" }
    static func knownNames(_ names: [String]) -> String { "known: \(names.joined(separator: ", "))" }
    static let unclosedOptionBlock = "options block opened with '---' is never closed"
    static func optionsNotMap(_ found: String) -> String { "options must be a map of keys to values, found \(found)" }
    static func wrongType(_ key: String, expected: String, found: String) -> String { "option '\(key)' expects \(expected), found \(found)" }
    static func unknownPreset(_ name: String) -> String { "unknown preset or block name '\(name)' in 'use'" }
    static func useCycle(_ chain: [String]) -> String { "'use' forms a cycle: \(chain.joined(separator: " -> "))" }
    static let missingLoss = "descent block needs a 'loss': a built-in surface (sin, reg, rosenbrock, himmelblau, beale, booth) or an expression in w1 and w2"
    static func missingWindow(_ key: String) -> String { "descent block needs '\(key)': the [min, max] of the window" }
    static func emptyWindow(_ key: String) -> String { "'\(key)' must be [min, max] with min < max" }
    static func outOfRange(_ key: String, _ range: String) -> String { "option '\(key)' must be \(range)" }
    static let stepSizeAndOptimizer = "give either 'step_size' or 'optimizer', not both"
    static func unknownShow(_ name: String) -> String { "unknown output '\(name)' in 'show'" }
    static let nestedPanels = "a panel cannot have panels of its own"
    static let emptyPanels = "'panels' must list at least one panel"
    static func duplicateName(_ name: String) -> String { "name '\(name)' is already used by an earlier block" }
    static let unknownSolutionTarget = "this solution refers to no exercise: give the exercise's id, or put the solution after its exercise"
    static func unknownExercise(_ id: String) -> String { "no exercise with id '\(id)' before this solution" }
    static func duplicateExerciseID(_ id: String) -> String { "exercise id '\(id)' is already used" }
    static func unknownExpect(_ value: String) -> String { "unknown expectation '\(value)'; the one known is 'same-output-as-exercise'" }
    static let orphanOutput = "an {output} block must follow a {code}, {exercise} or {solution} block"
    static func unknownOutputStream(_ name: String) -> String { "unknown output stream '\(name)'; write {output} for printed output or {output} stderr for standard error" }
    static func nestedDirective(_ name: String) -> String { "a {\(name)} block inside a list or block quote is not run; unindent it to the top level" }
    static func unknownCourseKey(_ key: String) -> String { "unknown course.yaml key '\(key)'" }
    static func badIdentifier(_ key: String, _ value: String) -> String { "'\(key)' must be letters, digits, '-' or '_' (it becomes a link anchor), not '\(value)'" }
    static func wrongListLength(_ key: String, count: Int, found: Int) -> String { "option '\(key)' expects a list of \(count) numbers, found a list of \(found)" }
    static func notANumber(_ key: String, _ found: String) -> String { "option '\(key)' expects numbers, found \(found)" }
    static let epochsWithoutOptimizer = "'epochs' has no effect without 'optimizer' or 'step_size': only the surface is drawn"
    static let optimizerWithoutEpochs = "no epochs: the optimizer is not run (give 'epochs')"
    static let expectOnlyOnSolution = "':expect:' belongs on a {solution} block"
    static func exploreTooMany(_ count: Int) -> String { "'explore' gives \(count) combinations; a figure runs at most \(DescentResolver.exploreLimit)" }
    static func exploreEmpty(_ key: String) -> String { "'explore' needs at least one value for '\(key)'" }
    static func exploreDuplicate(_ key: String, _ value: String) -> String { "'explore' lists \(value) twice for '\(key)'" }
    static func exploreDefaultMissing(_ key: String, _ value: String) -> String { "the block's own \(key) (\(value)) must be one of the values 'explore' lists for it: it is where the slider starts and what the page shows without JavaScript" }
    static func exploreStartValue(_ found: String) -> String { "'explore' values for 'start' are [w1, w2] pairs, found \(found)" }
    static func exploreNotHere(_ what: String) -> String { "'explore' cannot be combined with \(what)" }
    static let exploreNeedsRun = "'explore' needs a run: give 'epochs' and an 'optimizer' or 'step_size'"
    static let exploreStepSize = "'explore' of 'step_size' needs a block with 'step_size'"
    static let compareNeedsEpochs = "'compare' needs 'epochs' greater than 0"
    static func compareNotHere(_ what: String) -> String { "'compare' cannot be combined with \(what)" }
    static let compareEntry = "each 'compare' entry is an optimizer such as \"Adam(lr=0.1)\" or a map with 'optimizer' and optionally 'scheduler' and 'label'"
    static let compareTooMany = "'compare' draws at most 10 optimizers on one panel"
}
