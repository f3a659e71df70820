# A `# weft: cpu` cost on a `while` line: the whole loop's cost; its count is read after it, so it runs
# (in one atomic step). Two threads race on a shared counter after their loops: the lost update stays.
import threading

counter = 0


def worker(limit):
    global counter
    steps = 0
    n = limit
    while n != 1:  # weft: cpu 2ms
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    value = counter
    counter = value + steps


threads = [threading.Thread(target=worker, args=(k,)) for k in (6, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
