"""queue.get_nowait and queue.Empty: a drain loop in two threads."""
import queue
import threading

q = queue.Queue()
drained = {"a": 0, "b": 0}
empties = 0
lock = threading.Lock()


def drain(name):
    global empties
    while True:
        try:
            item = q.get_nowait()
        except queue.Empty:
            with lock:
                empties += 1
            return
        with lock:
            drained[name] += item


if __name__ == "__main__":
    for i in range(1, 5):
        q.put(i)
    threads = [threading.Thread(target=drain, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = drained["a"] + drained["b"]
