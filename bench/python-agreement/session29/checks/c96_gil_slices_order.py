# two CPU-bound threads share the GIL in 5 ms slices: the shorter job finishes first
import threading

order = []


def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total


def long_job():
    spin(400_000)  # weft: cpu 40ms
    order.append(1)


def short_job():
    spin(100_000)  # weft: cpu 10ms
    order.append(2)


ts = [threading.Thread(target=long_job), threading.Thread(target=short_job)]
for t in ts:
    t.start()
for t in ts:
    t.join()
first = order[0]
print(order, first)
