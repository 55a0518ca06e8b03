import Foundation
import Testing
import Engine
import Notebook
@testable import Script

/// The host API: sessions as notebook kernels, copies, line offsets, descent calls, runFile.
@Suite struct SessionTests {
    @Test func blocksShareOneSessionAndTorchIsPreimported() {
        let session = ScriptSession()
        #expect(session.run(source: "w = torch.tensor(2.345, requires_grad=True)\n").succeeded)
        let r = session.run(source: "print(w)\n")
        #expect(r.stdout == "tensor(2.3450, requires_grad=True)\n")
    }

    @Test func aGraphBuiltInOneBlockBackpropagatesInTheNext() {
        let session = ScriptSession()
        _ = session.run(source: "w = torch.tensor(2.0, requires_grad=True)\nloss = w ** 2 * 3\n")
        _ = session.run(source: "with torch.no_grad():\n    frozen = w * 2\n")
        let r = session.run(source: "loss.backward()\nprint(w.grad, frozen.requires_grad, (w * 2).requires_grad)\n")
        #expect(r.stdout == "tensor(12.) False True\n")
    }

    @Test func aCopyDoesNotLeakBack() {
        let session = ScriptSession()
        _ = session.run(source: "xs = [1, 2]\nw = torch.tensor(1.0, requires_grad=True)\nd = {'a': xs}\n")
        let copy = session.copy()
        let r = copy.run(source: "xs.append(3)\nnew = 1\nwith torch.no_grad():\n    w -= 0.5\nprint(xs, d, w)\n")
        #expect(r.stdout == "[1, 2, 3] {'a': [1, 2, 3]} tensor(0.5000, requires_grad=True)\n")
        let after = session.run(source: "print(xs, d, w, 'new' in dir() if False else 'ok')\ntry:\n    new\nexcept NameError as e:\n    print(e)\n")
        #expect(after.stdout == "[1, 2] {'a': [1, 2]} tensor(1., requires_grad=True) ok\nname 'new' is not defined\n")
    }

    /// The torch modules are copies of ones built once per process (`ModulePrototype`): what
    /// one session changes in them no other session sees, and each session's copies link to
    /// one another as the imported modules do.
    @Test func torchModuleChangesStayInTheirSession() {
        let first = ScriptSession(importTorch: false)
        let changed = first.run(source: """
            import torch
            import torch.nn.functional as F
            torch.foo = 1
            torch.relu = None
            torch.nn.bar = 2
            F.baz = 3
            torch.nn.Linear.foo = 1
            torch.nn.Module.describe = lambda self: type(self).__name__ + "!"
            try:
                torch.Size.foo = 1
            except TypeError as e:
                print(e)
            print(torch.foo, torch.nn.bar, F.baz, F is torch.nn.functional)
            print(torch.nn.Linear.foo, torch.nn.Linear(1, 1).foo, torch.nn.ReLU().describe())

            """)
        #expect(changed.stdout == "cannot set 'foo' attribute of immutable type 'torch.Size'\n1 2 3 True\n1 1 ReLU!\n")
        #expect(changed.error == nil)
        for session in [ScriptSession(importTorch: false), ScriptSession()] {
            let fresh = session.run(source: """
                import torch
                import torch.nn.functional as F
                import torch.optim.lr_scheduler as L
                print(hasattr(torch, 'foo'), hasattr(torch.nn, 'bar'), hasattr(F, 'baz'), hasattr(torch.nn.Linear, 'foo'),
                      hasattr(torch.nn.ReLU(), 'describe'))
                print(torch.relu(torch.tensor([-1.0, 2.0])), F is torch.nn.functional, L is torch.optim.lr_scheduler)

                """)
            #expect(fresh.stdout == "False False False False False\ntensor([0., 2.]) True True\n")
        }
    }

    /// A session copy (an exercise) starts with its original's class attributes; what it
    /// sets on library classes stays in the copy, as its other changes do.
    @Test func libraryClassAttributesFollowSessionCopies() {
        let session = ScriptSession()
        _ = session.run(source: "torch.nn.Linear.kind = 'dense'\n")
        let copy = session.copy()
        let inCopy = copy.run(source: "print(torch.nn.Linear.kind)\ntorch.nn.Linear.kind = 'changed'\ntorch.optim.SGD.extra = 2\nprint(torch.nn.Linear.kind, torch.optim.SGD.extra)\n")
        #expect(inCopy.stdout == "dense\nchanged 2\n")
        let after = session.run(source: "print(torch.nn.Linear.kind, hasattr(torch.optim.SGD, 'extra'))\ndel torch.nn.Linear.kind\nprint(hasattr(torch.nn.Linear, 'kind'))\n")
        #expect(after.stdout == "dense False\nFalse\n")
    }

    @Test func tracebackLinesPointIntoTheMarkdownFile() {
        let session = ScriptSession()
        _ = session.run(source: "def f(x):\n    return x / 0\n", file: "lesson.md", lineOffset: 10)
        let r = session.run(source: "y = 1\nf(y)\n", file: "lesson.md", lineOffset: 20)
        #expect(r.error?.traceback == """
            Traceback (most recent call last):
              File "lesson.md", line 22, in <module>
                f(y)
              File "lesson.md", line 12, in f
                return x / 0
                       ~~^~~
            ZeroDivisionError: division by zero

            """)
        #expect(r.error?.location == Notebook.SourceLocation(file: "lesson.md", line: 12, column: 12))
    }

    @Test func nameErrorSuggestsAsCPython() {
        let r = run("total = 3\nprint(totl)\n")
        #expect(r.error?.summary == "NameError: name 'totl' is not defined. Did you mean: 'total'?")
    }

    @Test func descentCallsReachTheHost() {
        let session = ScriptSession()
        var received: [DescentCall] = []
        session.onDescent = { received.append($0) }
        let r = session.run(source: "\nopts = {'lr': 0.1}\ndescent(loss='reg', x=[-5, 5], y=[-5, 5], epochs=10, optimizer=f\"SGD(lr={opts['lr']})\", panels=[{'epochs': 3}])\n",
                            file: "lesson.md", lineOffset: 4)
        #expect(r.succeeded, "\(r.error?.traceback ?? "")")
        #expect(received.count == 1)
        #expect(r.descentCalls == received)
        let call = received[0]
        #expect(call.location.line == 7)
        #expect(call["loss"] == .string("reg"))
        #expect(call["x"] == .list([.int(-5), .int(5)]))
        #expect(call["optimizer"] == .string("SGD(lr=0.1)"))
        #expect(call["panels"] == .list([.dict([.init("epochs", .int(3))])]))
    }

    @Test func aHostErrorBecomesAScriptError() {
        let session = ScriptSession()
        struct Bad: Error {}
        session.onDescent = { _ in throw Bad() }
        let r = session.run(source: "descent(loss='nope')\n")
        #expect(r.error?.type == "ValueError")
    }

    @Test func runFileBehavesLikePython() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("script-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let ok = dir.appendingPathComponent("ok.py")
        try "print('hi')\n".write(to: ok, atomically: true, encoding: .utf8)
        let bad = dir.appendingPathComponent("bad.py")
        try "torch.zeros(2)\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(ScriptRunner.runFile(path: ok.path) == 0)
        #expect(ScriptRunner.runFile(path: bad.path) == 1)
        #expect(ScriptRunner.runFile(path: dir.appendingPathComponent("missing.py").path) == 2)
    }

    @Test func runFileStartsWithNothingImported() {
        let r = ScriptSession(importTorch: false).run(source: "print(torch)\n")
        #expect(r.error?.summary == "NameError: name 'torch' is not defined")
    }

    @Test func sessionsCanRunFromSeveralThreads() async {
        await withTaskGroup(of: String.self) { group in
            for i in 0..<8 {
                group.addTask {
                    let s = ScriptSession()
                    return s.run(source: "w = torch.tensor(\(i).0, requires_grad=True)\nwith torch.no_grad():\n    v = w * 2\nprint(v.requires_grad, (w * 2).requires_grad)\n").stdout
                }
            }
            for await out in group { #expect(out == "False True\n") }
        }
    }
}
