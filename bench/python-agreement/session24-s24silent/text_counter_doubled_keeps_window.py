# An integer doubled in a loop (`n = n * 2`) beside a 10 ms wait: no string method walks `n`, so the
# program keeps its time window; the worker's few steps finish within the wait ("yes"), as CPython's.
import threading

done = threading.Event()
result = []


def counter(seed):
    n = seed
    for _ in range(9):
        n = n * 2
    result.append(n)
    done.set()


def watcher():
    if done.wait(0.01):
        result.append("yes")
    else:
        result.append("no")


t1 = threading.Thread(target=counter, args=(3,))
t2 = threading.Thread(target=watcher)
t1.start()
t2.start()
t1.join()
t2.join()
print(result)
