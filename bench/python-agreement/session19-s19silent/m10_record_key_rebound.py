import queue
import threading

q = queue.Queue()
stats = {"a": 0, "b": 0}


def worker():
    key = "a"
    if not q.empty():
        key = q.get()
    stats[key] += 1


if __name__ == "__main__":
    q.put("b")
    t = threading.Thread(target=worker)
    u = threading.Thread(target=worker)
    t.start()
    u.start()
    t.join()
    u.join()
