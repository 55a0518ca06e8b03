import Foundation
import Testing
@testable import Script

/// `ScriptSession.copy()` is `copy.deepcopy` of the namespace: optimizers and schedulers are
/// copied with their tensors, so an exercise's `optimizer.step()` moves the copy's parameters
/// only. Expected outputs are PyTorch 2.15's for the same statements on a deep-copied
/// namespace.
@Suite struct SessionCopyTests {
    /// A momentum SGD built and stepped before the copy: the copy steps its own `w` with its
    /// own momentum buffer; the session's `w` and buffer are untouched and evolve alone.
    /// Copying recurses into nested values; it runs on the worker's large stack, so copying
    /// a session from a small-stack thread does not overflow on a 100000-deep chain.
    @Test func deepChainsAreCopiedAndStayIndependent() {
        let text = onSmallStack {
            let session = ScriptSession(importTorch: false)
            _ = session.run(source: "t = ()\nl = []\nfor i in range(100000):\n    t = (t, [i])\n    l = [l, (i,)]\n", file: "lesson.md")
            let copy = session.copy()
            let r = copy.run(source: "t[1].append(-1)\nprint(len(t), t[1], len(l), l[1])\n", file: "exercise.md")
            let after = session.run(source: "print(t[1])\n", file: "lesson.md")
            return r.stdout + after.stdout + (r.error?.summary ?? "")
        }
        #expect(text == "2 [99999, -1] 2 (99999,)\n[99999]\n")
    }

    @Test func aCopiedOptimizerStepsOnlyTheCopysParameters() {
        let session = ScriptSession()
        let setup = session.run(source: "w = torch.tensor(2.0, requires_grad=True)\nopt = torch.optim.SGD([w], lr=0.1, momentum=0.9)\n(w ** 2).backward()\nopt.step()\n")
        #expect(setup.succeeded)
        let copy = session.copy()
        let inCopy = copy.run(source: "opt.step()\nprint(w, opt.state[w]['momentum_buffer'])\n")
        #expect(inCopy.stdout == "tensor(0.8400, requires_grad=True) tensor(7.6000)\n", "\(inCopy.error?.traceback ?? "")")
        let after = session.run(source: "print(w, opt.state[w]['momentum_buffer'])\nopt.step()\nprint(w, opt.state[w]['momentum_buffer'])\n")
        #expect(after.stdout == "tensor(1.6000, requires_grad=True) tensor(4.)\ntensor(0.8400, requires_grad=True) tensor(7.6000)\n")
    }

    /// A method bound before the copy (`step = opt.step`) steps the copy's optimizer there.
    @Test func boundMethodsFollowTheirObjectIntoTheCopy() {
        let session = ScriptSession()
        let setup = session.run(source: "w = torch.tensor(2.0, requires_grad=True)\nopt = torch.optim.SGD([w], lr=0.1)\nstep = opt.step\nclear = opt.zero_grad\nfns = [opt.step]\n(w ** 2).backward()\n")
        #expect(setup.succeeded)
        let copy = session.copy()
        let inCopy = copy.run(source: "step()\nfns[0]()\nclear()\nprint(w, w.grad)\n")
        #expect(inCopy.stdout == "tensor(1.2000, requires_grad=True) None\n", "\(inCopy.error?.traceback ?? "")")
        let after = session.run(source: "print(w, w.grad)\n")
        #expect(after.stdout == "tensor(2., requires_grad=True) tensor(4.)\n")
    }

    /// The exact case of the issue: a plain SGD and an exercise's single step.
    @Test func anExerciseStepDoesNotLeakIntoTheSession() {
        let session = ScriptSession()
        _ = session.run(source: "w = torch.tensor(2.0, requires_grad=True)\noptimizer = torch.optim.SGD([w], lr=0.1)\n(w ** 2).backward()\n")
        let inCopy = session.copy().run(source: "optimizer.step()\nprint(w)\n")
        #expect(inCopy.stdout == "tensor(1.6000, requires_grad=True)\n")
        #expect(session.run(source: "print(w)\n").stdout == "tensor(2., requires_grad=True)\n")
    }

    /// A tensor shared by names, the optimizer, its param group and a scheduler stays one
    /// tensor in the copy; the scheduler drives the copied optimizer.
    @Test func sharingAmongTensorsOptimizerGroupAndSchedulerIsKept() {
        let session = ScriptSession()
        let setup = session.run(source: """
            w = torch.tensor(1.0, requires_grad=True)
            params = [w]
            opt = torch.optim.SGD(params, lr=0.1)
            g = opt.param_groups[0]
            sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)

            """)
        #expect(setup.succeeded)
        let inCopy = session.copy().run(source: """
            print(sched.optimizer.param_groups[0]['params'][0] is w, params[0] is w, opt.param_groups[0]['params'][0] is w)
            sched.step()
            print(opt.param_groups[0]['lr'], g['lr'], sched.get_last_lr())
            (w * 3).backward()
            opt.step()
            print(w)
            g['lr'] = 0.2
            print(opt.param_groups[0]['lr'])

            """)
        #expect(inCopy.stdout == "True True True\n0.05 0.05 [0.05]\ntensor(0.8500, requires_grad=True)\n0.2\n", "\(inCopy.error?.traceback ?? "")")
        let after = session.run(source: "print(w, w.grad, opt.param_groups[0]['lr'], g['lr'], sched.last_epoch)\n")
        #expect(after.stdout == "tensor(1., requires_grad=True) None 0.1 0.1 0\n")
    }

    /// A parameter no name refers to is still copied with its optimizer.
    @Test func aParameterOnlyTheOptimizerHoldsIsCopied() {
        let session = ScriptSession()
        _ = session.run(source: "opt = torch.optim.SGD([torch.tensor(1.0, requires_grad=True)], lr=0.1)\n")
        let inCopy = session.copy().run(source: "p = opt.param_groups[0]['params'][0]\n(p * 2).backward()\nopt.step()\nprint(p)\n")
        #expect(inCopy.stdout == "tensor(0.8000, requires_grad=True)\n")
        #expect(session.run(source: "print(opt.param_groups[0]['params'][0])\n").stdout == "tensor(1., requires_grad=True)\n")
    }
}
