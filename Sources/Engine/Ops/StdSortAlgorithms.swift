/// The orderings of libstdc++'s `std::sort`, `std::partial_sort` and `std::nth_element`,
/// step for step.
///
/// ATen's CPU `sort(stable=False)` and `topk` call these algorithms on (value, index) pairs
/// compared by value only, so which of several tied values comes first is decided by the
/// exact sequence of swaps libstdc++ makes (introsort with a median-of-three pivot and a
/// 16-element insertion-sort threshold, heap selection, introselect). Mirroring them is the
/// only way to print the indices torch prints when values tie.
enum StdSortAlgorithms {
    /// `std::sort(a.begin(), a.end(), less)`: introsort, then the final insertion sort.
    static func sort<T>(_ a: inout [T], _ less: (T, T) -> Bool) {
        sort(&a, 0, a.count, less)
    }

    /// `std::sort` of the range `[first, last)`.
    static func sort<T>(_ a: inout [T], _ first: Int, _ last: Int, _ less: (T, T) -> Bool) {
        guard last - first > 1 else { return }
        introsortLoop(&a, first, last, 2 * floorLog2(last - first), less)
        finalInsertionSort(&a, first, last, less)
    }

    /// `std::partial_sort(first, middle, last, less)`: heap selection, then heap sort of the
    /// selected front.
    static func partialSort<T>(_ a: inout [T], _ first: Int, _ middle: Int, _ last: Int, _ less: (T, T) -> Bool) {
        heapSelect(&a, first, middle, last, less)
        sortHeap(&a, first, middle, less)
    }

    /// `std::nth_element(first, nth, last, less)`: introselect.
    static func nthElement<T>(_ a: inout [T], _ first: Int, _ nth: Int, _ last: Int, _ less: (T, T) -> Bool) {
        guard first != last && nth != last else { return }
        var first = first, last = last
        var depth = 2 * floorLog2(last - first)
        while last - first > 3 {
            if depth == 0 {
                heapSelect(&a, first, nth + 1, last, less)
                a.swapAt(first, nth)
                return
            }
            depth -= 1
            let cut = unguardedPartitionPivot(&a, first, last, less)
            if cut <= nth { first = cut } else { last = cut }
        }
        insertionSort(&a, first, last, less)
    }

    static let threshold = 16

    static func floorLog2(_ n: Int) -> Int { Int.bitWidth - 1 - n.leadingZeroBitCount }

    static func introsortLoop<T>(_ a: inout [T], _ first: Int, _ last: Int, _ depth: Int, _ less: (T, T) -> Bool) {
        var last = last, depth = depth
        while last - first > threshold {
            if depth == 0 {
                partialSort(&a, first, last, last, less)
                return
            }
            depth -= 1
            let cut = unguardedPartitionPivot(&a, first, last, less)
            introsortLoop(&a, cut, last, depth, less)
            last = cut
        }
    }

    static func unguardedPartitionPivot<T>(_ a: inout [T], _ first: Int, _ last: Int, _ less: (T, T) -> Bool) -> Int {
        let mid = first + (last - first) / 2
        moveMedianToFirst(&a, first, first + 1, mid, last - 1, less)
        return unguardedPartition(&a, first + 1, last, first, less)
    }

    static func moveMedianToFirst<T>(_ a: inout [T], _ result: Int, _ x: Int, _ y: Int, _ z: Int, _ less: (T, T) -> Bool) {
        if less(a[x], a[y]) {
            if less(a[y], a[z]) { a.swapAt(result, y) }
            else if less(a[x], a[z]) { a.swapAt(result, z) }
            else { a.swapAt(result, x) }
        } else if less(a[x], a[z]) { a.swapAt(result, x) }
        else if less(a[y], a[z]) { a.swapAt(result, z) }
        else { a.swapAt(result, y) }
    }

    static func unguardedPartition<T>(_ a: inout [T], _ first: Int, _ last: Int, _ pivot: Int, _ less: (T, T) -> Bool) -> Int {
        var first = first, last = last
        while true {
            while less(a[first], a[pivot]) { first += 1 }
            last -= 1
            while less(a[pivot], a[last]) { last -= 1 }
            if !(first < last) { return first }
            a.swapAt(first, last)
            first += 1
        }
    }

    static func insertionSort<T>(_ a: inout [T], _ first: Int, _ last: Int, _ less: (T, T) -> Bool) {
        guard first != last else { return }
        var i = first + 1
        while i != last {
            if less(a[i], a[first]) {
                let value = a[i]
                var j = i
                while j > first { a[j] = a[j - 1]; j -= 1 }
                a[first] = value
            } else {
                unguardedLinearInsert(&a, i, less)
            }
            i += 1
        }
    }

    static func unguardedLinearInsert<T>(_ a: inout [T], _ last: Int, _ less: (T, T) -> Bool) {
        let value = a[last]
        var last = last, next = last - 1
        while less(value, a[next]) {
            a[last] = a[next]
            last = next
            next -= 1
        }
        a[last] = value
    }

    static func finalInsertionSort<T>(_ a: inout [T], _ first: Int, _ last: Int, _ less: (T, T) -> Bool) {
        if last - first > threshold {
            insertionSort(&a, first, first + threshold, less)
            for i in (first + threshold)..<last { unguardedLinearInsert(&a, i, less) }
        } else {
            insertionSort(&a, first, last, less)
        }
    }

    // MARK: heaps (stl_heap.h)

    static func heapSelect<T>(_ a: inout [T], _ first: Int, _ middle: Int, _ last: Int, _ less: (T, T) -> Bool) {
        makeHeap(&a, first, middle, less)
        var i = middle
        while i < last {
            if less(a[i], a[first]) { popHeap(&a, first, middle, i, less) }
            i += 1
        }
    }

    static func makeHeap<T>(_ a: inout [T], _ first: Int, _ last: Int, _ less: (T, T) -> Bool) {
        let len = last - first
        guard len >= 2 else { return }
        var parent = (len - 2) / 2
        while true {
            let value = a[first + parent]
            adjustHeap(&a, first, parent, len, value, less)
            if parent == 0 { return }
            parent -= 1
        }
    }

    static func sortHeap<T>(_ a: inout [T], _ first: Int, _ last: Int, _ less: (T, T) -> Bool) {
        var last = last
        while last - first > 1 {
            last -= 1
            popHeap(&a, first, last, last, less)
        }
    }

    static func popHeap<T>(_ a: inout [T], _ first: Int, _ last: Int, _ result: Int, _ less: (T, T) -> Bool) {
        let value = a[result]
        a[result] = a[first]
        adjustHeap(&a, first, 0, last - first, value, less)
    }

    static func adjustHeap<T>(_ a: inout [T], _ first: Int, _ holeIndex: Int, _ len: Int, _ value: T, _ less: (T, T) -> Bool) {
        let topIndex = holeIndex
        var hole = holeIndex, secondChild = holeIndex
        while secondChild < (len - 1) / 2 {
            secondChild = 2 * (secondChild + 1)
            if less(a[first + secondChild], a[first + secondChild - 1]) { secondChild -= 1 }
            a[first + hole] = a[first + secondChild]
            hole = secondChild
        }
        if len & 1 == 0 && secondChild == (len - 2) / 2 {
            secondChild = 2 * (secondChild + 1)
            a[first + hole] = a[first + secondChild - 1]
            hole = secondChild - 1
        }
        // push_heap
        var parent = (hole - 1) / 2
        while hole > topIndex && less(a[first + parent], value) {
            a[first + hole] = a[first + parent]
            hole = parent
            parent = (hole - 1) / 2
        }
        a[first + hole] = value
    }
}
