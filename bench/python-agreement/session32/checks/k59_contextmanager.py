# contextlib.contextmanager around a counter: enter and exit both write state.
import contextlib
import threading

depth = 0
entered = 0


@contextlib.contextmanager
def tracked():
    global depth, entered
    depth += 1
    entered += 1
    try:
        yield
    finally:
        depth -= 1


def worker():
    with tracked():
        pass


ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(depth, entered)
