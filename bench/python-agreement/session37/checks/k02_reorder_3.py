# BUG: the checker reads a and b between the setter's two writes and sees a half-done update (SCTBench reorder_3)
import threading

state = {"a": 0, "b": 0}
seen = []


def setter():
    state["a"] = 1
    state["b"] = -1


def checker():
    a = state["a"]
    b = state["b"]
    seen.append((a, b))
    assert (a == 0 and b == 0) or (a == 1 and b == -1), f"inconsistent {a} {b}"


threads = [threading.Thread(target=setter), threading.Thread(target=checker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
