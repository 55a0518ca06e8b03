import Engine
// TEMPORARY until the engine branch commits its factories; deleted at that merge.
enum OptimizerFactory {
    static let names = ["SGD", "RMSprop", "Adam", "AdamW", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam"]
    static func make(name: String, params: [Tensor]?, positional: [EngineValue] = [], keywords: [(String, EngineValue)] = []) throws -> any Optimizer {
        throw PyError("NotImplementedError", "optimizer factory not merged yet")
    }
}
enum SchedulerFactory {
    static let names = ["StepLR", "MultiStepLR", "ExponentialLR", "CosineAnnealingLR", "ReduceLROnPlateau",
                        "LinearLR", "ConstantLR", "PolynomialLR", "OneCycleLR", "CosineAnnealingWarmRestarts",
                        "SequentialLR", "ChainedScheduler"]
    static func make(name: String, optimizer: any Optimizer, positional: [EngineValue] = [], keywords: [(String, EngineValue)] = []) throws -> any LRScheduler {
        throw PyError("NotImplementedError", "scheduler factory not merged yet")
    }
}
