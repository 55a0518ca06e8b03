import Engine
import Foundation
import Testing
@testable import Script

/// Interpreters and their modules are freed when dropped: a build makes thousands of them
/// (one per `{descent}` option it compiles, one per lesson session and exercise copy), so
/// one kept alive by a reference cycle makes a build's memory grow with the course.
@Suite struct ReleaseTests {
    /// Weak references to an interpreter and every module it imported.
    final class Watch {
        weak var interpreter: Interpreter?
        var modules: [(name: String, module: Weak)] = []
        final class Weak { weak var value: PyModule?; init(_ value: PyModule) { self.value = value } }

        init(_ interp: Interpreter) {
            interpreter = interp
            for (name, value) in interp.modules {
                if case .object(let m as PyModule) = value { modules.append((name, Weak(m))) }
            }
        }

        /// Names of what is still alive.
        var alive: [String] {
            (interpreter == nil ? [] : ["the interpreter"]) + modules.filter { $0.module.value != nil }.map(\.name).sorted()
        }
    }

    @Test func interpreterWithTorchIsFreed() {
        var watch: Watch?
        do {
            let interp = Interpreter()
            TorchLibrary.install(interp)
            watch = Watch(interp)
        }
        #expect(watch?.modules.count ?? 0 >= 5)
        #expect(watch?.alive == [])
    }

    @Test func lessonSessionAndCopiesAreFreed() {
        var watches: [Watch] = []
        do {
            let session = ScriptSession()
            let script = """
            import math
            import torch
            import torch.nn as nn
            import matplotlib.pyplot as plt
            class Model(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.linear = nn.Linear(2, 1)
                def forward(self, x):
                    return self.linear(x)
            torch.manual_seed(0)
            model = Model()
            opt = torch.optim.SGD(model.parameters(), lr=0.1)
            x = torch.randn(8, 2)
            for _ in range(3):
                opt.zero_grad()
                loss = ((model(x) - 1) ** 2).mean()
                loss.backward()
                opt.step()
            fig, ax = plt.subplots()
            ax.plot([1, 2, 3], [math.sqrt(2), 2, 3])
            plt.show()
            print(round(loss.item(), 3) >= 0)
            """
            let result = session.run(source: script)
            #expect(result.error == nil)
            #expect(result.stdout == "True\n")
            let exercise = session.copy()
            _ = exercise.run(source: "y = model(x).sum()\n")
            watches = [Watch(session.interpreter), Watch(exercise.interpreter)]
        }
        for watch in watches { #expect(watch.alive == []) }
    }
}
