# CPython 3.11.7, 10 runs: ok count=0 first=none items[0]=('job', 3) len(items)=1 (10 of 10). weft explore (s19silent): 2 outcome(s), complete; CPython's among them (not predicted: 0).
import threading

items = []
first = ""
count = 0


def take():
    global first, count
    pair = ("none", 0)
    if items:
        pair = items.pop()
    first, count = pair


def give():
    items.append(("job", 3))


if __name__ == "__main__":
    t = threading.Thread(target=take)
    u = threading.Thread(target=give)
    t.start()
    u.start()
    t.join()
    u.join()
