/// A row-major window onto a flat value array: a sub-tensor at `offset` with `shape`.
struct TensorView {
    let values: [Double]
    let shape: [Int]
    let offset: Int
    private let strides: [Int]

    init(values: [Double], shape: [Int], offset: Int = 0) {
        self.values = values
        self.shape = shape
        self.offset = offset
        var strides = [Int](repeating: 1, count: shape.count)
        var s = 1
        for d in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[d] = s
            s *= shape[d]
        }
        self.strides = strides
    }

    /// The sub-tensor `self[i]`.
    subscript(i: Int) -> TensorView {
        TensorView(values: values, shape: Array(shape.dropFirst()), offset: offset + i * strides[0])
    }

    /// Element `i` of a 1-d view.
    func element(_ i: Int) -> Double { values[offset + i * strides[0]] }

    /// The values `get_summarized_data` keeps: per dimension, the first and last `edgeItems`
    /// when the size exceeds twice that.
    func summarizedValues(edgeItems: Int) -> [Double] {
        if shape.isEmpty { return [values[offset]] }
        let size = shape[0]
        let indices = size > 2 * edgeItems
            ? Array(0..<edgeItems) + Array((size - edgeItems)..<size) : Array(0..<size)
        if shape.count == 1 { return indices.map(element) }
        return indices.flatMap { self[$0].summarizedValues(edgeItems: edgeItems) }
    }
}
