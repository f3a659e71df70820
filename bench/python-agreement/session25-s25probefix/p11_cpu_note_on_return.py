# `return crunch(n)  # weft: cpu 20ms` costs 20 ms once (the line's cost), as on `x = crunch(n)`.
import threading


def crunch(n):
    total = 0
    for i in range(n):
        total += i
    return total


def task(n):
    return crunch(n)  # weft: cpu 20ms


def task_assign(n):
    value = crunch(n)  # weft: cpu 20ms
    return value


threads = [threading.Thread(target=task, args=(1000,)), threading.Thread(target=task_assign, args=(1000,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
