import Foundation
import Testing
import Engine
@testable import Script

/// `{descent}` option strings: loss formulas, optimizer and scheduler constructors.
@Suite struct DescentSpecTests {
    @Test func expressionLossMatchesTheBuiltInSurface() throws {
        let expression = try DescentSpec.makeLoss("(1 - w1)**2 + 100*(w2 - w1**2)**2")
        let builtIn = try DescentSpec.makeLoss("rosenbrock")
        let a = try expression(Tensor(-1.25), Tensor(0.75)), b = try builtIn(Tensor(-1.25), Tensor(0.75))
        #expect(try a.item() == b.item())
        let grid = try DescentSpec.makeLoss("w1**2 + w2**2 + 1.8 * w1 * w2")
        let w = try Tensor([1, 2, 3], shape: [3])
        let v = try Tensor([-2, 0.5, 3], shape: [3])
        #expect(try grid(w, v).values == Surface.reg.evaluate(w, v).values)
        #expect(try grid(w, v).shape == [3])
    }

    @Test func lossTrajectoryIsTheSameAsTheBuiltIn() throws {
        let run = { (loss: @escaping (Tensor, Tensor) throws -> Tensor) in
            try Descent.run(loss: loss, start: (-4.5, -2.0), epochs: 30,
                            makeOptimizer: { try DescentSpec.makeOptimizer("Adam(lr=0.6)", params: $0) })
        }
        let viaScript = try run(try DescentSpec.makeLoss("w1**2 + w2**2 + 1.8 * w1 * w2"))
        let viaEngine = try run(Surface.reg.evaluate)
        #expect(viaScript == viaEngine)
    }

    @Test func optimizersWithImpliedParams() throws {
        let w = [Tensor(1, requiresGrad: true), Tensor(2, requiresGrad: true)]
        let sgd = try DescentSpec.makeOptimizer("SGD(lr=0.01, momentum=0.6)", params: w)
        #expect(sgd.name == "SGD")
        #expect(sgd.paramGroups[0].lr == 0.01)
        #expect(try DescentSpec.makeOptimizer("torch.optim.RMSprop(lr=0.6)", params: w).name == "RMSprop")
        #expect(try DescentSpec.makeOptimizer("Adam", params: w).paramGroups[0].lr == 0.001)
    }

    @Test func misspelledOptimizerSuggestsTheName() {
        let w = [Tensor(1, requiresGrad: true)]
        #expect {
            try DescentSpec.makeOptimizer("SDG(lr=0.1)", params: w)
        } throws: { error in
            guard let e = error as? DescentSpecError else { return false }
            return e.suggestion == "SGD" && e.column == 1 && e.message == "'SDG' is not an optimizer in torch.optim. Did you mean: 'SGD'?"
        }
        #expect {
            try DescentSpec.makeOptimizer("torch.optim.Adamm(lr=0.1)", params: w)
        } throws: { error in
            (error as? DescentSpecError)?.suggestion == "Adam"
        }
    }

    @Test func torchErrorsKeepTheirWordingAndColumn() {
        let w = [Tensor(1, requiresGrad: true)]
        #expect {
            try DescentSpec.makeOptimizer("SGD(lr=-0.1)", params: w)
        } throws: { error in
            guard let e = error as? DescentSpecError else { return false }
            return e.message == "ValueError: Invalid learning rate: -0.1" && e.column == 1
        }
        #expect {
            try DescentSpec.makeOptimizer("SGD(lr=0.1", params: w)
        } throws: { error in
            guard let e = error as? DescentSpecError else { return false }
            return e.message == "SyntaxError: '(' was never closed" && e.column == 4
        }
    }

    @Test func nestedSchedulersGetTheImpliedOptimizer() throws {
        let w = [Tensor(1, requiresGrad: true)]
        let opt = try DescentSpec.makeOptimizer("SGD(lr=0.1)", params: w)
        let s = try DescentSpec.makeScheduler(
            "torch.optim.lr_scheduler.SequentialLR(schedulers=[LinearLR(start_factor=0.1, total_iters=10), CosineAnnealingLR(T_max=70)], milestones=[10])",
            optimizer: opt)
        #expect(s.name == "SequentialLR")
        let plateau = try DescentSpec.makeScheduler("ReduceLROnPlateau(patience=0, factor=0.8)", optimizer: opt)
        #expect(plateau.takesMetric)
    }

    @Test func lossErrorsPointAtTheProblem() {
        #expect {
            try DescentSpec.makeLoss("w1**2 + w3")
        } throws: { error in
            guard let e = error as? DescentSpecError else { return false }
            return e.column == 9 && e.suggestion == "w1"
        }
    }
}
