import threading
import time

barrier = threading.Barrier(3)
indexes: dict[str, int] = {}
lock = threading.Lock()


def runner(name: str, delay: float) -> None:
    time.sleep(delay)
    index = barrier.wait()
    with lock:
        indexes[name] = index


threads = [threading.Thread(target=runner, args=(n, d)) for n, d in [("a", 0.0), ("b", 0.02), ("c", 0.04)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_index = indexes["a"]
b_index = indexes["b"]
c_index = indexes["c"]
print(a_index, b_index, c_index)
