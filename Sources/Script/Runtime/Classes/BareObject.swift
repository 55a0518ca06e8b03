/// `object()`: a bare object with no attributes of its own (a sentinel, as scripts use it).
final class PyBareObject: PyObject {
    var pyClass: PyClass { CoreClasses.object }
}
