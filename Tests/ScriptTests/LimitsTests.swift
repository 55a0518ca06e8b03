import Foundation
import Testing
@testable import Script

/// Runaway scripts stop with a clear error; deep recursion is a RecursionError, not a crash.
@Suite struct LimitsTests {
    @Test func endlessLoopStopsAtTheStepBudget() {
        let r = run("total = 0\nwhile True:\n    total += 1\n", limits: ScriptLimits(stepBudget: 100_000, timeLimit: 10))
        #expect(r.error?.type == "RuntimeError")
        #expect(r.error?.message.contains("step budget") == true)
        #expect(r.error?.message.contains("the loop at line 2 of test.py") == true)
        #expect((2...3).contains(r.error?.location?.line ?? 0))
    }

    @Test func endlessLoopStopsAtTheTimeLimit() {
        let start = Date()
        let r = run("while True:\n    pass\n", limits: ScriptLimits(stepBudget: .max, timeLimit: 0.2))
        #expect(r.error?.type == "TimeoutError")
        #expect(r.error?.message == "script stopped after 0.2 s, its time limit (the loop at line 1 of test.py did not finish)")
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func limitErrorsCannotBeCaught() {
        let r = run("try:\n    while True:\n        pass\nexcept Exception:\n    print('caught')\n", limits: ScriptLimits(stepBudget: 10_000))
        #expect(r.stdout == "")
        #expect(r.error?.type == "RuntimeError")
    }

    @Test func defaultsStopAnEndlessLoopWithinTenSeconds() {
        let limits = ScriptLimits.standard
        #expect(limits.timeLimit <= 10)
    }

    @Test func deepRecursionRaisesRecursionErrorLikeCPython() {
        let r = run("def f(n):\n    return f(n + 1)\nf(0)\n")
        #expect(r.error?.summary == "RecursionError: maximum recursion depth exceeded")
        let lines = r.error?.traceback.split(separator: "\n") ?? []
        #expect(lines.contains("  [Previous line repeated 996 more times]"))
        #expect(lines.filter { $0.hasPrefix("  File") }.count == 4)
    }

    @Test func generatorsKeepTheLimits() {
        // Recursion through nested generators ends as deep recursion does.
        let deep = run("def g(n):\n    yield from g(n + 1)\nlist(g(0))\n")
        #expect(deep.error?.type == "RecursionError")
        // An endless generator consumed by an endless loop stops at the step budget and the time limit.
        let endless = "def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\nfor x in naturals():\n    pass\n"
        #expect(run(endless, limits: ScriptLimits(stepBudget: 50_000, timeLimit: 10)).error?.summary.hasPrefix("RuntimeError: script stopped after 50000 steps") == true)
        #expect(run(endless, limits: ScriptLimits(stepBudget: .max, timeLimit: 0.2)).error?.type == "TimeoutError")
        // Limits cannot be caught inside the generator's own try.
        let guarded = "def g():\n    try:\n        while True:\n            yield 1\n    except Exception:\n        print('caught')\nfor v in g():\n    pass\n"
        #expect(run(guarded, limits: ScriptLimits(stepBudget: 10_000)).error?.type == "RuntimeError")
    }

    @Test func catastrophicRegexStopsAtTheLimits() {
        // `(a+)+b` against a run of a's backtracks exponentially, as in CPython: the matcher's
        // steps count against the budget and the clock, and the error points at the call.
        let source = "import re\nprint('start')\nm = re.match(r'(a+)+b', 'a' * 40)\n"
        let budget = run(source, limits: ScriptLimits(stepBudget: 1_000_000, timeLimit: 10))
        #expect(budget.stdout == "start\n")
        #expect(budget.error?.summary == "RuntimeError: script stopped after 1000000 steps, its step budget")
        #expect(budget.error?.location?.line == 3)
        let start = Date()
        let clock = run(source, limits: ScriptLimits(stepBudget: .max, timeLimit: 0.2))
        #expect(clock.error?.type == "TimeoutError")
        #expect(Date().timeIntervalSince(start) < 2)
        // Caught by no `except`.
        let guarded = run("import re\ntry:\n    re.search(r'(x+x+)+y', 'x' * 50)\nexcept Exception:\n    print('caught')\n", limits: ScriptLimits(stepBudget: 100_000))
        #expect(guarded.stdout == "")
        #expect(guarded.error?.type == "RuntimeError")
    }

    @Test func recursionThroughComprehensionsAndLambdasIsCaught() {
        let r = run("g = lambda n: [g(n + 1) for _ in range(1)]\ng(0)\n")
        #expect(r.error?.type == "RecursionError")
    }

    @Test func intsGrowBeyond64BitsAsInPython() {
        #expect(output("x = 2 ** 62\nprint(x * 4, -x * 4 - 1, 2 ** 100 // 3 ** 20, -(2 ** 70) % 7, 10 ** 20 / 4, float(2 ** 63), 2 ** 64 > 1e19, 2 ** 63 - 1 == 9223372036854775807, int(1e20), {2 ** 64: 1}[2 ** 64])\n")
                == "18446744073709551616 -18446744073709551617 363558641556578823726 5 2.5e+19 9.223372036854776e+18 True True 100000000000000000000 1\n")
    }

    @Test func runawayGrowthIsAMemoryErrorNotACrash() {
        #expect(output("xs = [0] * 30_000_000\n") == "!MemoryError")
        #expect(output("xs = list(range(10 ** 9))\n") == "!MemoryError")
        #expect(output("s = 'ab'\nwhile True:\n    s += s\n") == "!MemoryError")
    }

    @Test func moduleTreesDeeperThanTheRecursionLimitRaise() {
        // torch walks module trees with recursive generators; walking 100000 levels built a
        // dotted name per level (quadratic memory) before.
        let source = "import torch.nn as nn\nm = nn.Identity()\nfor i in range(3000):\n    m = nn.Sequential(m)\n"
        for walk in ["list(m.modules())", "m.state_dict()", "list(m.parameters())", "m.apply(print)", "m.train()", "print(m)"] {
            #expect(run(source + walk + "\n", torch: true).error?.type == "RecursionError", "\(walk)")
        }
        #expect(run("import torch.nn as nn\nclass P(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.sub = self\nprint(len(list(P().modules())))\n", torch: true).stdout == "1\n")
    }

    @Test func hugeIntsAreAMemoryErrorNotACrash() {
        #expect(output("print(len(str(2 ** 10 ** 9)))\n") == "!MemoryError")
    }
}

/// Builtins that loop inside Swift honour the script's limits; huge paddings are a MemoryError.
@Suite struct BuiltinLimitsTests {
    @Test func loopingBuiltinsStopAtTheTimeLimit() {
        for source in ["sum(range(10**12))\n", "min(map(abs, range(10**12)))\n", "any(x < 0 for x in range(10**12))\n", "for i, x in enumerate(range(10**12)):\n    pass\n"] {
            let start = Date()
            let r = run(source, limits: ScriptLimits(stepBudget: .max, timeLimit: 0.2))
            #expect(r.error?.type == "TimeoutError", "\(source)")
            #expect(Date().timeIntervalSince(start) < 3, "\(source)")
        }
    }

    @Test func hugePaddingIsAMemoryError() {
        #expect(output("'x'.zfill(10**10)\n") == "!MemoryError")
        #expect(output("'x'.center(10**10)\n") == "!MemoryError")
        #expect(output("print('-7'.zfill(4), 'x'.center(5, '*'))\n") == "-007 **x**\n")
    }

    @Test func iteratingARangeToTheInt64LimitStops() {
        #expect(output("print(list(zip(range(2**63 - 3, 2**63 - 1, 2**62), 'ab')))\n") == "[(9223372036854775805, 'a')]\n")
    }
}

/// Sources whose expressions nest too deeply are refused at parse time, as CPython's compiler does.
@Suite struct DeepExpressionTests {
    @Test func longOperatorAndTrailerChainsAreARecursionError() {
        let chains = [
            "x = " + Array(repeating: "1", count: 100_000).joined(separator: "+") + "\n",
            "x = 1\ny = x" + String(repeating: ".x", count: 100_000) + "\n",
            "def f():\n    return f\nf" + String(repeating: "()", count: 100_000) + "\n",
            "a = [0]\na" + String(repeating: "[0]", count: 100_000) + "\n",
        ]
        for source in chains {
            #expect(run(source).error?.summary == "RecursionError: maximum recursion depth exceeded during compilation")
        }
        #expect(run("2" + String(repeating: "**2", count: 100_000) + "\n").error?.type == "SyntaxError")
    }

    @Test func ordinaryChainsStillRun() {
        #expect(output("x = " + Array(repeating: "1", count: 500).joined(separator: "+") + "\nprint(x)\n") == "500\n")
    }
}

/// Comparing or printing self-referencing and very deep containers raises CPython's RecursionError.
@Suite struct ContainerRecursionTests {
    @Test func recursiveComparisonIsARecursionError() {
        #expect(output("x = []\ny = [x]\nx.append(y)\nprint(x == y)\n") == "!RecursionError: maximum recursion depth exceeded in comparison")
        #expect(output("x = {}\nx['a'] = x\nprint(x == x, x)\n") == "True {'a': {...}}\n")
    }

    @Test func reprOfVeryDeepListsIsARecursionError() {
        #expect(output("a = []\nfor i in range(2000):\n    a = [a]\nprint(a)\n") == "!RecursionError: maximum recursion depth exceeded while getting the repr of an object")
        #expect(output("a = []\nfor i in range(3):\n    a = [a]\nprint(a, a == [[[[]]]])\n") == "[[[[]]]] True\n")
    }
}

/// Very deep structures are freed without one recursive deinit per level (which overflowed the stack).
@Suite struct DeepDeallocationTests {
    @Test func deeplyNestedListsAndDictsAreFreed() {
        #expect(output("a = []\nfor i in range(100000):\n    a = [a]\nb = {}\nfor i in range(100000):\n    b = {'k': [b]}\nprint(len(a), len(b))\n") == "1 1\n")
        #expect(output("a = [1, [2, [3]]]\nb = a[1]\nd = {'x': b}\ndel a\nprint(b, d)\n") == "[2, [3]] {'x': [2, [3]]}\n")
    }

    /// A script that builds a chain of 100000 nested values: `t = (t,)` and the like.
    private func chain(_ name: String, _ step: String, from start: String = "()", length: Int = 100000) -> String {
        "\(name) = \(start)\nfor i in range(\(length)):\n    \(name) = \(step)\n"
    }

    /// Limits for the deep-chain scripts: they test freeing, not speed, and a 100000-step loop
    /// of a debug build on a loaded machine must not turn into a TimeoutError.
    private static let chainLimits = ScriptLimits(timeLimit: 120)

    /// Runs `source`, then frees everything it defined on a thread with a small stack, where
    /// freeing a deep chain with one recursive deinit per level overflows. (The script itself
    /// runs on the worker's large stack, where such a chain would still fit.)
    private func outputFreedOnSmallStack(_ source: String) -> String {
        onSmallStack {
            let session = ScriptSession(importTorch: false, limits: Self.chainLimits)
            let r = session.run(source: source, file: "test.py")
            var defined = session.interpreter.globals
            session.interpreter.globals = [:]
            defined.removeAll()
            return r.stdout + (r.error.map { "!" + $0.summary } ?? "")
        }
    }

    @Test func deeplyNestedTuplesAreFreed() {
        // Freed by rebinding during the run, and when the session ends (on the caller's thread).
        #expect(outputFreedOnSmallStack(chain("t", "(t,)") + "t = None\nprint('ok')\n") == "ok\n")
        #expect(outputFreedOnSmallStack(chain("t", "(t,)") + "print(len(t))\n") == "1\n")
        #expect(outputFreedOnSmallStack(chain("t", "(i, t, 'x')") + "print(len(t), t[0])\n") == "3 99999\n")
    }

    @Test func chainsMixingTuplesListsAndDictsAreFreed() {
        #expect(outputFreedOnSmallStack(chain("t", "[(t,)]") + chain("u", "({'k': u},)") + chain("v", "{'k': (v, [v])}", from: "{}")
                       + "print(len(t), len(u), len(v))\n") == "1 1 1\n")
    }

    @Test func deepTuplesHeldByFunctionsClosuresAndExceptionsAreFreed() {
        // Each holder keeps the only reference to the chain once `t` is rebound.
        let holders = [
            "def f(x=t):\n    return len(x)\n",
            "f = (lambda v: lambda: len(v))(t)\n",
            "e = ValueError(t, 1)\nf = lambda: len(e.args[0])\n",
        ]
        for holder in holders {
            #expect(outputFreedOnSmallStack(chain("t", "(t,)") + holder + "t = None\nprint(f())\n") == "1\n", "\(holder)")
        }
    }

    @Test func chainsThroughFunctionDefaultsAndExceptionArgsAreFreed() {
        #expect(outputFreedOnSmallStack(chain("f", "(lambda g=f, n=i: n)", from: "None") + "print(f())\n") == "99999\n")
        #expect(outputFreedOnSmallStack(chain("e", "ValueError(e, i)", from: "None") + "print(e.args[1])\n") == "99999\n")
        #expect(outputFreedOnSmallStack(chain("x", "[(KeyError(x),), lambda v={'k': x}: v]") + "print(len(x))\n") == "2\n")
    }

    @Test func chainsThroughInstancesAndUserExceptionsAreFreed() {
        // 30000 levels overflow the small stack when freed recursively, and build fast enough
        // in debug builds running beside other tests.
        let node = "class Node:\n    def __init__(self, nxt, i):\n        self.nxt = nxt\n        self.i = i\n"
        #expect(outputFreedOnSmallStack(node + chain("n", "Node(n, i)", from: "None", length: 30000) + "print(n.i)\nn = None\nprint('ok')\n") == "29999\nok\n")
        #expect(outputFreedOnSmallStack(node + chain("n", "[Node((n,), i)]", from: "None", length: 30000) + "print(n[0].i)\n") == "29999\n")
        let error = "class E(Exception):\n    pass\n"
        #expect(outputFreedOnSmallStack(error + chain("e", "E(e, i)", from: "None", length: 30000) + "print(e.args[1])\n") == "29999\n")
    }

    @Test func sharedTupleStructureIsKeptAndFreedOnce() {
        #expect(output("a = (1, [2, (3,)])\nb = a[1]\nc = (a, a)\ndel a\nprint(b, c, c[0] is c[1])\n") == "[2, (3,)] ((1, [2, (3,)]), (1, [2, (3,)])) True\n")
        // Each level holds the previous one twice: freeing must not walk the 2**100000 paths.
        #expect(outputFreedOnSmallStack(chain("t", "(t, t)") + "t = None\nprint('ok')\n") == "ok\n")
    }

    @Test func deepTuplesAreDictKeysAsInCPython() {
        let source = chain("k", "(k,)") + """
        d = {k: 1}
        d[(k, 2)] = 2
        print(d[k], k in d, d[(k, 2)], hash(k) == hash(k), hash(k) == hash((k,)), len(d))

        """
        #expect(outputFreedOnSmallStack(source) == "1 True 2 True False 2\n")
        // An equal tuple that is not the same object: CPython 3.11 raises RecursionError in `==`
        // after the hashes match; flattened keys compare in a loop and find it.
        #expect(outputFreedOnSmallStack(chain("k", "(k,)") + "d = {k: 1}\n" + chain("j", "(j,)") + "print(d[j], k is j)\n") == "1 False\n")
        #expect(output("d = {((1, 2.0), True): 'a'}\nprint(d[((1.0, 2), 1)], ((1, 2), 1) in d, ((1, 2), 2) in d, ((1,), 2) in d)\n") == "a True False False\n")
        #expect(output("print(hash((1, [2])))\n") == "!TypeError: unhashable type: 'list'")
    }

    @Test func deepTuplesCompareAndPrintAsInCPython() {
        let source = chain("t", "(t,)") + chain("u", "(u,)") + """
        print(t == t, t in [t], (t,) == (t,))
        for f in [lambda: t == u, lambda: t < u, lambda: repr(t)]:
            try:
                f()
            except RecursionError as e:
                print(e)

        """
        #expect(output(source) == """
        True True True
        maximum recursion depth exceeded in comparison
        maximum recursion depth exceeded in comparison
        maximum recursion depth exceeded while getting the repr of an object

        """)
    }

    @Test func deepTuplesHashWithoutRecursing() {
        // hash() of a tuple nested 200000 deep, on a 256 KiB stack: one Swift frame per level
        // overflowed it (CPython's own tuplehash overflows its C stack a million deep).
        let text = onSmallStack {
            let session = ScriptSession(importTorch: false)
            _ = session.run(source: "x = 1\n", file: "test.py")
            var t = Value.tuple(PyTuple.of([]))
            for _ in 0..<200_000 { t = .tuple(PyTuple.of([t])) }
            let interp = session.interpreter
            let a = try? interp.pythonHash(t), b = try? interp.pythonHash(.tuple(PyTuple.of([t])))
            let again = try? interp.pythonHash(t)
            return "\(a != nil && a == again) \(a != b)"
        }
        #expect(text == "true true")
    }

    @Test func deepFrozensetsHashInLinearTime() {
        // Each level's hash is computed once, as CPython caches it: building 10000 levels
        // re-hashed the whole chain at every level before.
        let source = "f = frozenset()\nfor i in range(10000):\n    f = frozenset([f])\ng = frozenset()\nfor i in range(10000):\n    g = frozenset([g])\nprint(f == g, {f: 1}[g], hash(f) == hash(g), len(f))\n"
        #expect(output(source) == "True 1 True 1\n")
    }

    @Test func longAutogradChainsAreFreed() {
        let r = run("x = torch.tensor(1.0, requires_grad=True)\ny = x\nfor i in range(100000):\n    y = y * 1.0\ny.backward()\nprint(x.grad)\nz = x\nfor i in range(100000):\n    z = z + 1.0\nprint(z.item())\n", torch: true, limits: Self.chainLimits)
        #expect(r.error == nil)
        #expect(r.stdout == "tensor(1.)\n100001.0\n")
    }
}
