import Foundation
import Notebook
import Testing
@testable import Site

/// Behaviour the format asks for that the sources do not give yet. Each test states the
/// right behaviour inside `withKnownIssue`, so it passes while the bug is there and fails
/// (asking for the marker to be removed) once it is fixed.
@Suite struct KnownBugTests {
    /// A `---` options block with invalid YAML gives the YAML error only, not "needs a
    /// 'loss'/'x'/'y'" errors for a block whose options are unknown.
    @Test func badOptionsBlockGivesOnlyTheYAMLError() async throws {
        let (result, folder) = try await LessonBuild.build(["a.md": "```{descent}\n---\nloss: reg\nx: [-5, 5\ny: [-5, 5]\n---\n```\n"], render: false)
        let printed = LessonBuild.printed(result, folder: folder)
        #expect(printed.contains("a.md:5:2: error: invalid YAML"))
        #expect(result.diagnostics.count == 1, "\(printed)")
    }

    /// An exercise runs in a copy of the session; an optimizer defined before it steps the
    /// copy's tensors and does not change the session's.
    @Test func exerciseCopyKeepsOptimizerAndParametersTogether() async throws {
        let lesson = """
        ```{code}
        w = torch.tensor(2.0, requires_grad=True)
        optimizer = torch.optim.SGD([w], lr=0.1)
        (w ** 2).backward()
        ```

        ```{exercise} Take one step
        :id: step
        optimizer.step()
        print(w)
        ```

        ```{output}
        tensor(1.6000, requires_grad=True)
        ```

        ```{code}
        print(w)
        ```

        ```{output}
        tensor(2., requires_grad=True)
        ```

        """
        let (result, folder) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.diagnostics.isEmpty, "\(LessonBuild.printed(result, folder: folder))")
    }

    /// An unknown scheduler is "not a scheduler", with a suggestion.
    @Test func unknownSchedulerMessageGrammar() async throws {
        let lesson = "```{descent}\n:loss: reg\n:x: [-5, 5]\n:y: [-5, 5]\n:grid: 10\n:epochs: 2\n:optimizer: SGD(lr=0.1)\n:scheduler: StepLRR(step_size=2)\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        let message = result.diagnostics.first?.message ?? ""
        #expect(message.contains("'StepLRR' is not"))
        #expect(message.contains("Did you mean: 'StepLR'?"))
        #expect(message.contains("is not a scheduler in torch.optim.lr_scheduler"), "\(message)")
    }

    /// A misspelled keyword in a script's `descent(...)` call is reported as in the block form.
    @Test func descentCallReportsUnknownKeywords() async throws {
        let lesson = "```{code}\ndescent(loss=\"reg\", x=[-5, 5], y=[-5, 5], grid=10, epoch=3, step_size=0.1)\n```\n"
        let (result, folder) = try await LessonBuild.build(["a.md": lesson], render: false)
        let printed = LessonBuild.printed(result, folder: folder)
        #expect(result.diagnostics.contains { $0.message.contains("'epoch'") && $0.message.contains("did you mean 'epochs'?") }, "\(printed)")
        // At the keyword, as the block form points at `:epoch:`.
        #expect(printed.hasPrefix("a.md:2:52: error: descent() got an unknown option 'epoch'"), "\(printed)")
    }
}
