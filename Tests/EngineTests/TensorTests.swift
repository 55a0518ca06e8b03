import Foundation
import Testing
@testable import Engine

/// Tensor semantics, autograd rules and PyTorch's error messages. Expected numbers were
/// printed by PyTorch 2.15 (float32).
@Suite struct TensorTests {
    func expectError(_ kind: EngineError.Kind, _ message: String, _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("expected \(kind.rawValue): \(message)")
        } catch let error as EngineError {
            #expect(error.kind == kind)
            #expect(error.message == message)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func gradFnNamesFollowPythonDispatch() throws {
        let x = Tensor(2.0, requiresGrad: true)
        let y = try Tensor([1, 2], shape: [2], requiresGrad: true)
        #expect(try (x + 1).gradFnName == "AddBackward0")
        #expect(try (x - 1).gradFnName == "SubBackward0")
        #expect(try (1 - x).gradFnName == "RsubBackward1")
        #expect(try (2 * x).gradFnName == "MulBackward0")
        #expect(try (x / 2).gradFnName == "DivBackward0")
        #expect(try (2 / x).gradFnName == "MulBackward0")
        #expect(try x.pow(2).gradFnName == "PowBackward0")
        #expect(try Tensor.binary(.pow, .scalar(2), .tensor(x)).gradFnName == "PowBackward2")
        #expect(try x.pow(y).gradFnName == "PowBackward1")
        #expect(x.neg().gradFnName == "NegBackward0")
        #expect(y.sum().gradFnName == "SumBackward0")
        #expect(try y.mean().gradFnName == "MeanBackward0")
        #expect(try y.select(0).gradFnName == "SelectBackward0")
        #expect(try y.slice(start: 0, end: 1).gradFnName == "SliceBackward0")
        #expect(try Tensor.mseLoss(y, Tensor.zeros([2])).gradFnName == "MseLossBackward0")
        #expect(try Tensor.l1Loss(y, Tensor.zeros([2])).gradFnName == "MeanBackward0")
        #expect(x.sin().gradFnName == "SinBackward0")
        let product = try x * 2
        #expect(x.isLeaf && !product.isLeaf)
    }

    @Test func pythonFloatScalarsDoNotPromoteFloat32() throws {
        let x = Tensor(3.0)
        let r = try x * 1.8
        #expect(r.dtype == .float32)
        #expect(r.floats[0] == Float(3) * Float(1.8))
        let i = try Tensor.arange(.int(5))
        #expect(i.dtype == .int64 && i.values == [0, 1, 2, 3, 4])
        #expect(try (i / 2).dtype == .float32)
        #expect(try (i * 1.5).dtype == .float32)
        #expect(try (i * 2).dtype == .int64)
        #expect(try Tensor.arange(.int(0), .int(1), step: .double(0.25)).values == [0, 0.25, 0.5, 0.75])
        let d = Tensor(1.0, dtype: .float64)
        #expect(try (d + x).dtype == .float64)
    }

    @Test func broadcastingAndGradientsMatchPyTorch() throws {
        let a = try Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3], requiresGrad: true)
        let c = try Tensor([10, 20, 30], shape: [3], requiresGrad: true)
        let r = try (a * c + a / c - c.pow(0.5)).sum()
        try r.backward()
        #expect(Float(try r.item()) == Float(434.9267272949219))
        #expect(a.grad!.values == [10.100000381469727, 20.049999237060547, 30.03333282470703, 10.100000381469727, 20.049999237060547, 30.03333282470703])
        let expectedC = [4.633772373199463, 6.758893013000488, 8.807425498962402]
        for (g, e) in zip(c.grad!.values, expectedC) { #expect(Fixtures.close(g, e, tolerance: 1e-6)) }
        expectError(.runtimeError, "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0") {
            _ = try Tensor.zeros([2]) + Tensor.zeros([3])
        }
    }

    @Test func scalarPowLogAbsGradients() throws {
        let z = Tensor(2.0, requiresGrad: true)
        let q = try (try Tensor.binary(.pow, .scalar(2), .tensor(z)) + (try z.pow(z)) + (try 3 / z) - (try z.log() * z.abs())).mean()
        try q.backward()
        #expect(Fixtures.close(try q.item(), 8.1137056350708, tolerance: 1e-6))
        #expect(Fixtures.close(try z.grad!.item(), 7.102030277252197, tolerance: 1e-6))
    }

    @Test func gradientsAccumulateAndZeroGrad() throws {
        let w = Tensor(3.0, requiresGrad: true)
        try (try w * w).backward()
        try (try w * w).backward()
        #expect(try w.grad!.item() == 12)
        let opt = try SGD([w], ["lr": .double(0.1)])
        try opt.zeroGrad(setToNone: false)
        #expect(try w.grad!.item() == 0)
        try opt.zeroGrad()
        #expect(w.grad == nil)
    }

    @Test func autogradErrorsAreAsPyTorch() throws {
        let x = Tensor(2.0, requiresGrad: true)
        let z = try x * 2
        try z.backward()
        expectError(.runtimeError, "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.") {
            try z.backward()
        }
        let a = try x + 1
        try a.backward()
        try a.backward() // AddBackward0 saves nothing: allowed, as in PyTorch
        #expect(try x.grad!.item() == 4)
        expectError(.runtimeError, "element 0 of tensors does not require grad and does not have a grad_fn") {
            try Tensor(1.0).backward()
        }
        expectError(.runtimeError, "a leaf Variable that requires grad is being used in an in-place operation.") {
            try x.applyInPlace(.add, .scalar(1))
        }
        try GradMode.withNoGrad { try x.applyInPlace(.add, .scalar(1)) }
        #expect(try x.item() == 3)
        expectError(.runtimeError, "grad can be implicitly created only for scalar outputs") {
            try (try Tensor([1, 2], shape: [2], requiresGrad: true) * 2).backward()
        }
        expectError(.runtimeError, "a Tensor with 2 elements cannot be converted to Scalar") { _ = try Tensor.zeros([2]).item() }
        expectError(.indexError, "index 5 is out of bounds for dimension 0 with size 2") { _ = try Tensor.zeros([2]).select(5) }
        expectError(.runtimeError, "only Tensors of floating point dtype can require gradients") {
            _ = try Tensor([1, 2], shape: [2], dtype: .int64, requiresGrad: true)
        }
        expectError(.runtimeError, "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().") {
            try (try x * 2).setRequiresGrad(false)
        }
    }

    @Test func inPlaceChangeOfASavedTensorIsDetected() throws {
        let w = Tensor(2.0, requiresGrad: true)
        let l = try w * w
        try GradMode.withNoGrad { try w.applyInPlace(.add, .scalar(1)) }
        expectError(.runtimeError, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor []] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") {
            try l.backward()
        }
        let a = try Tensor([1, 2], shape: [2], requiresGrad: true)
        let b = try a * 2
        let c = try b * b
        try b.applyInPlace(.add, .scalar(1))
        expectError(.runtimeError, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Add, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") {
            try c.sum().backward()
        }
    }

    @Test func noGradAndDetachStopRecording() throws {
        let x = Tensor(2.0, requiresGrad: true)
        let y = try GradMode.withNoGrad { try x * 3 }
        #expect(!y.requiresGrad && y.gradFnName == nil)
        let d = x.detach()
        #expect(!d.requiresGrad && d.isLeaf)
        #expect(GradMode.isEnabled)
    }

    @Test func usingAVariableSeveralTimesSumsInEngineOrder() throws {
        // d/dw of w*w + sin(w) + w: contributions summed as PyTorch's engine does.
        let w = Tensor(0.7, requiresGrad: true)
        let l = try (try w * w) + w.sin() + w
        try l.backward()
        let wf = Float(0.7)
        let expected = Float(1) + MathBackend.current.apply(.cos, [wf])[0] + (wf + wf)
        #expect(abs(try w.grad!.item() - Double(expected)) <= 1e-6)
    }

    @Test func indexingSlicingMeshgridReshape() throws {
        let s = try Tensor.arange(.double(0), .double(6)).reshape([2, 3])
        #expect(try s.select(1).values == [3, 4, 5])
        #expect(try s.select(-1, dim: 1).values == [2, 5])
        #expect(try s.slice(start: 1, end: 10).shape == [1, 3])
        let g = try Tensor.meshgrid([try Tensor([1, 2], shape: [2]), try Tensor([10, 20, 30], shape: [3])], indexing: "ij")
        #expect(g[0].shape == [2, 3] && g[0].values == [1, 1, 1, 2, 2, 2])
        #expect(g[1].values == [10, 20, 30, 10, 20, 30])
    }

    /// The seed exercise (manual gradient descent with MSELoss) as PyTorch printed it.
    @Test func mseLossExerciseMatchesPyTorch() throws {
        let x = try Tensor([-1.5, 0.2, 3.4, 4.1, 7.8, 13.4, 18.0, 21.5, 32.0, 33.5], shape: [10])
        let y = try Tensor([100.5, 110.2, 133.5, 141.2, 172.8, 225.1, 251.0, 278.9, 366.7, 369.9], shape: [10])
        let w = Tensor(0.0, requiresGrad: true), b = Tensor(0.0, requiresGrad: true)
        let expected: [(Double, Double, Double)] = [
            (55261.4921875, 7.981738567352295, 0.4299600422382355), (11868.830078125, 10.838095664978027, 0.6477037072181702),
            (6292.8720703125, 11.8585844039917, 0.7893755435943604), (5568.86962890625, 12.221482276916504, 0.9037414789199829),
            (5467.39697265625, 12.348838806152344, 1.008269190788269)]
        for e in expected {
            let loss = try Tensor.mseLoss(try w * x + b, y)
            try loss.backward()
            w.setData(try w.data - (try 0.001 * w.grad!))
            b.setData(try b.data - (try 0.001 * b.grad!))
            try w.grad!.zero()
            try b.grad!.zero()
            // Bit for bit: mean and the broadcast gradient sums use PyTorch's cascade sum.
            #expect(try loss.item() == e.0)
            #expect(try w.item() == e.1)
            #expect(try b.item() == e.2)
        }
    }

    @Test func trajectoryCSVRoundTrips() throws {
        let t = try Descent.run(loss: Surface.reg.evaluate, start: (-4.5, -2.0), epochs: 3, stepSize: 0.5)
        let lines = t.csv().split(separator: "\n")
        #expect(lines[0] == "epoch,w1,w2,loss,lr")
        #expect(lines[1] == "1,-4.5,-2.0,40.449997,0.5")
        #expect(lines[2].hasPrefix("2,1.8000002,4.0499997,32.764496,"))
        for (i, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",")
            #expect(Float(String(fields[1])) == t.w1[i] && Float(String(fields[3])) == t.loss[i])
        }
    }

    @Test func invalidSizesAndSchedulersDoNotCrash() throws {
        #expect(throws: EngineError.self) { try Tensor.checkShape([2, -1]) }
        #expect(Tensor.zeros([-3]).count == 0)
        let w = Tensor(1.0, requiresGrad: true)
        let s = try SchedulerFactory.make(name: "StepLR", optimizer: try SGD([w]), keywords: [("step_size", .int(0))])
        #expect(throws: EngineError.self) { try s.step() }
        #expect(throws: EngineError.self) { try Tensor.arange(.double(0), .double(.infinity)) }
    }

    /// The seed exercise's solution with `SGD` and `ExponentialLR`, printed as the reference
    /// stdout (exercises.json, solution-exponential).
    @Test func exerciseSolutionWithSchedulerPrintsPyTorchsStdout() throws {
        let x = try Tensor([-1.5, 0.2, 3.4, 4.1, 7.8, 13.4, 18.0, 21.5, 32.0, 33.5], shape: [10])
        let y = try Tensor([100.5, 110.2, 133.5, 141.2, 172.8, 225.1, 251.0, 278.9, 366.7, 369.9], shape: [10])
        let w = Tensor(0.0, requiresGrad: true), b = Tensor(0.0, requiresGrad: true)
        let optimizer = try SGD([w, b], ["lr": .double(0.001)])
        let scheduler = try ExponentialLR(optimizer: optimizer, gamma: 0.95)
        var out = ""
        for epoch in 0..<5 {
            let loss = try Tensor.mseLoss(try w * x + b, y)
            try loss.backward()
            try optimizer.step()
            try optimizer.zeroGrad()
            try scheduler.step()
            out += String(format: "Epoch: %d, loss: %.2f, weight: %.3f, bias: %.3f\n", epoch, try loss.item(), try w.item(), try b.item())
        }
        #expect(out == """
            Epoch: 0, loss: 55261.49, weight: 7.982, bias: 0.430
            Epoch: 1, loss: 11868.83, weight: 10.695, bias: 0.637
            Epoch: 2, loss: 6446.73, weight: 11.699, bias: 0.768
            Epoch: 3, loss: 5637.41, weight: 12.098, bias: 0.870
            Epoch: 4, loss: 5491.60, weight: 12.267, bias: 0.958

            """)
    }

    @Test func l1LossGradient() throws {
        let m = try Tensor([1, -2, 3], shape: [3], requiresGrad: true)
        let l = try Tensor.l1Loss(m, Tensor.zeros([3]))
        try l.backward()
        #expect(try l.item() == 2)
        #expect(m.grad!.values == [0.3333333432674408, -0.3333333432674408, 0.3333333432674408])
    }
}
