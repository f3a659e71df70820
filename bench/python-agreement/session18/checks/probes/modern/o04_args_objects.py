import queue
import threading


def worker(q, out, lock):
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            out.append(item * 10)


def main():
    q = queue.Queue()
    out = []
    lock = threading.Lock()
    threads = [threading.Thread(target=worker, args=(q, out, lock)) for _ in range(2)]
    for t in threads:
        t.start()
    for n in range(4):
        q.put(n)
    for _ in threads:
        q.put(None)
    for t in threads:
        t.join()
    return sorted(out) == [0, 10, 20, 30]


ok = 1 if main() else 0
