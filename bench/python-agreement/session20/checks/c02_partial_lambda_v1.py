"""functools.partial and lambda as thread targets; a closure over a loop variable (late binding)."""
import functools
import threading

totals = {"a": 0, "b": 0}
late = []
early = []
lock = threading.Lock()


def add(key, amount):
    with lock:
        totals[key] += amount


if __name__ == "__main__":
    t1 = threading.Thread(target=functools.partial(add, "a", 5))
    t2 = threading.Thread(target=add, args=("b", 7))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    callbacks = [lambda: i * 10 for i in range(3)]
    for cb in callbacks:
        late.append(cb())
    bound = [lambda i=i: i * 10 for i in range(3)]
    for cb in bound:
        early.append(cb())
