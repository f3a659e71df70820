# CPython 3.11.7, 10 runs: ok found[0]=hit found[1]=missing len(found)=2 (10 of 10). weft explore (s19silent): 3 outcome(s), complete; CPython's among them (not predicted: 0).
import queue
import threading

q = queue.Queue()
found = []


def search():
    target = "none"
    for _ in range(2):
        if not q.empty():
            target = q.get()
            break
    else:
        target = "missing"
    found.append(target)


if __name__ == "__main__":
    q.put("hit")
    t = threading.Thread(target=search)
    u = threading.Thread(target=search)
    t.start()
    u.start()
    t.join()
    u.join()
