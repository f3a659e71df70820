# CPython 3.11.7, 10 runs: ok items[0]=job len(items)=1 len(picked)=1 picked[0]=none (10 of 10). weft explore (s19silent): 2 outcome(s), complete; CPython's among them (not predicted: 0).
import threading

items = []
picked = []


def pick():
    choice = "none"
    if items:
        choice = items.pop()
    return choice


def worker():
    picked.append(pick())


def give():
    items.append("job")


if __name__ == "__main__":
    w = threading.Thread(target=worker)
    g = threading.Thread(target=give)
    w.start()
    g.start()
    w.join()
    g.join()
