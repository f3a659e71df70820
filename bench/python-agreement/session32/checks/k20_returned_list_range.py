# A function returns a list it built and a range; threads use them.
import threading

out = []


def evens(n):
    result = []
    for i in range(n):
        if i % 2 == 0:
            result.append(i)
    return result


def span(n):
    return range(1, n)


def worker(n):
    total = 0
    for x in evens(n):
        total += x
    for y in span(n):
        total += y
    out.append(total)


ts = [threading.Thread(target=worker, args=(n,)) for n in (4, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out.sort()
print(out)
