"""Values of and/or, chained comparisons, short-circuit side effects, in a thread."""
import threading

calls = 0
out = []


def touch(v):
    global calls
    calls += 1
    return v


def worker():
    out.append(0 or 5)
    out.append(3 and 0)
    out.append(1 if 1 < 2 < 3 else 0)
    out.append(1 if 1 < 3 < 2 else 0)
    out.append(touch(0) and touch(1))
    out.append(touch(2) or touch(3))
    name = "" or "anon"
    out.append(len(name))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
