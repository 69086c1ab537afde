"""One BLAS thread while a block of code runs (pure Python, no qgis).

Why: the moving-window solver makes thousands of BLAS and LAPACK calls on stacks of small
matrices; a multi-threaded OpenBLAS wakes and parks its threads on every call, which made
a batch 3x slower in wall time on a busy 2-core machine (78 against 240 ms a window at
radius 50), and worker threads would each start BLAS threads of their own.
threadpoolctl is used when it is installed; otherwise an OpenBLAS loaded in this process
is found through /proc/self/maps (Linux) and set through its own C API. Where neither
works the block runs unchanged.
"""
import contextlib
import ctypes

_SETTERS = ("openblas_set_num_threads", "openblas_set_num_threads64_",
            "scipy_openblas_set_num_threads", "scipy_openblas_set_num_threads64_")


def _openblas_libraries():
    try:
        with open("/proc/self/maps") as f:
            paths = {line.split()[-1] for line in f
                     if "openblas" in line.lower() and ".so" in line}
    except OSError:
        return []
    libs = []
    for path in sorted(p for p in paths if p.startswith("/")):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SETTERS:
            setter = getattr(lib, name, None)
            getter = getattr(lib, name.replace("set_", "get_"), None)
            if setter is not None and getter is not None:
                libs.append((getter, setter))
                break
    return libs


@contextlib.contextmanager
def single_blas_thread():
    """Limit BLAS to one thread inside the block, restoring the previous setting."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        threadpool_limits = None
    if threadpool_limits is not None:
        with threadpool_limits(limits=1, user_api="blas"):
            yield
        return
    libs = _openblas_libraries()
    before = [getter() for getter, _ in libs]
    for _, setter in libs:
        setter(1)
    try:
        yield
    finally:
        for (_, setter), n in zip(libs, before):
            setter(n)
