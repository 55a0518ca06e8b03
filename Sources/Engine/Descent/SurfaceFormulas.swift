/// The built-in surfaces' formulas, written once over `SurfaceValue` with the same torch
/// operations in the same order as their Python expressions (see `Surface`).
enum SurfaceFormulas {
    static func sin<V: SurfaceValue>(_ w1: V, _ w2: V) throws -> V {
        let a = try w2.sin() * (try (1 - w1.cos()).exp().pow(2))
        let b = try w1.cos() * (try (1 - w2.sin()).exp().pow(2))
        return try a + b + (try (w1 - w2).pow(2))
    }

    static func reg<V: SurfaceValue>(_ w1: V, _ w2: V) throws -> V {
        let s = try w1.pow(2) + (try w2.pow(2))
        return try s + (try 1.8 * w1 * w2)
    }

    static func rosenbrock<V: SurfaceValue>(_ w1: V, _ w2: V) throws -> V {
        let a = try (1 - w1).pow(2)
        let b = try 100 * (try (w2 - (try w1.pow(2))).pow(2))
        return try a + b
    }

    static func himmelblau<V: SurfaceValue>(_ w1: V, _ w2: V) throws -> V {
        let a = try (try w1.pow(2) + w2 - 11).pow(2)
        let b = try (try w1 + (try w2.pow(2)) - 7).pow(2)
        return try a + b
    }

    static func beale<V: SurfaceValue>(_ w1: V, _ w2: V) throws -> V {
        let a = try (try 1.5 - w1 + (try w1 * w2)).pow(2)
        let b = try (try 2.25 - w1 + (try w1 * (try w2.pow(2)))).pow(2)
        let c = try (try 2.625 - w1 + (try w1 * (try w2.pow(3)))).pow(2)
        return try a + b + c
    }

    static func booth<V: SurfaceValue>(_ w1: V, _ w2: V) throws -> V {
        let a = try (try w1 + (try 2 * w2) - 7).pow(2)
        let b = try (try 2 * w1 + w2 - 5).pow(2)
        return try a + b
    }
}
