# CPython 3.11.7, 10 runs: ok result=none (10 of 10). weft explore (s19silent): 4 outcome(s), complete; CPython's among them (not predicted: 0).
import queue
import threading

q = queue.Queue()
for word in ["x", "y"]:
    q.put(word)
result = ""


def drain():
    global result
    last = "none"
    while not q.empty():
        last = q.get()
    result = last


if __name__ == "__main__":
    t = threading.Thread(target=drain)
    u = threading.Thread(target=drain)
    t.start()
    u.start()
    t.join()
    u.join()
