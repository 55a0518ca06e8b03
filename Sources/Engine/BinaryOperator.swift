/// Python's arithmetic and comparison operators on tensors (`+ - * / **`, `== != < <= > >=`).
public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", sub = "-", mul = "*", div = "/", pow = "**"
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="

    var kernelOp: BinaryOp {
        switch self {
        case .add: return .add
        case .sub: return .sub
        case .mul: return .mul
        case .div: return .div
        case .pow: return .pow
        case .eq: return .eq
        case .ne: return .ne
        case .lt: return .lt
        case .le: return .le
        case .gt: return .gt
        case .ge: return .ge
        }
    }
}

/// One side of a Python binary operation: a tensor or a Python number.
public enum TensorOperand {
    case tensor(Tensor)
    case scalar(Scalar)

    var operand: Operand {
        switch self {
        case .tensor(let t): return .tensor(t)
        case .scalar(let s): return .scalar(s)
        }
    }
}
