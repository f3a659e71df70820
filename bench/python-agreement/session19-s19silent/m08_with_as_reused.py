import queue
import threading

q = queue.Queue()
lock = threading.Lock()
out = []


def worker():
    with lock as held:
        out.append(1)
    held = q.get()
    out.append(held)


if __name__ == "__main__":
    q.put(7)
    t = threading.Thread(target=worker)
    t.start()
    t.join()
