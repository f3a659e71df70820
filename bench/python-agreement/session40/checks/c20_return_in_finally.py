# Check: `return` in finally overrides the try's return and swallows an exception; try/except/else ordering. Bug: none.
import threading

r1 = 0
r2 = 0
trail = []


def f(raise_it):
    try:
        trail.append(1)
        if raise_it:
            raise ValueError("x")
        return 10
    finally:
        trail.append(2)
        return 20


def g():
    try:
        trail.append(3)
    except ValueError:
        trail.append(4)
    else:
        trail.append(5)
    finally:
        trail.append(6)


def worker():
    global r1, r2
    r1 = f(False)
    r2 = f(True)
    g()


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"r1={r1} r2={r2} trail={trail}")
