"""try/except/else/finally in threads: return in finally wins, else runs only without exception."""
import threading

trace = []
values = {}


def finally_wins():
    try:
        return 1
    finally:
        trace.append("f")


def with_else(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        trace.append("z")
        return -1
    else:
        trace.append("e")
        return y
    finally:
        trace.append("F")


def worker():
    values["a"] = finally_wins()
    values["b"] = with_else(2)
    values["c"] = with_else(0)


t = threading.Thread(target=worker)
t.start()
t.join()
print(trace, values)
