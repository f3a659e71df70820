# CPython 3.11.7, 10 runs: ok len(seen)=1 seen[0]=busy status=busy (10 of 10). weft explore (s19silent): 2 outcome(s), complete; CPython's among them (not predicted: 0).
import queue
import threading

q = queue.Queue()
status = "idle"
seen = []


def worker():
    global status
    if not q.empty():
        status = q.get()


if __name__ == "__main__":
    q.put("busy")
    t = threading.Thread(target=worker)
    u = threading.Thread(target=worker)
    t.start()
    u.start()
    t.join()
    u.join()
    seen.append(status)
