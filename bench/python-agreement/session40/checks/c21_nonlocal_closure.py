# Check: a nonlocal counter in a closure, the loop-variable late-binding gotcha in lambdas. Bug: none (late binding is deliberate).
import threading

counted = 0
late = []


def make_counter():
    n = 0

    def inc(k):
        nonlocal n
        n += k
        return n
    return inc


def worker():
    global counted
    inc = make_counter()
    inc(2)
    inc(3)
    counted = inc(0)
    fns = [lambda: i * 10 for i in range(3)]
    for fn in fns:
        late.append(fn())


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"counted={counted} late={late}")
