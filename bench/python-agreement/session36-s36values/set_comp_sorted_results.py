"""Workers put numbers on a queue; main takes them and keeps the distinct remainders, sorted.

`{n % 4 for n in got}` over a list filled at run time, then `sorted(...)` and `len(...)` of it."""
import queue
import threading

q = queue.Queue()
remainders = []
count = 0


def produce(start):
    for n in range(start, start + 3):
        q.put(n * 3)


def main():
    global count
    threads = [threading.Thread(target=produce, args=(s,)) for s in (1, 5)]
    for t in threads:
        t.start()
    got = []
    for _ in range(6):
        got.append(q.get())
    for t in threads:
        t.join()
    distinct = {n % 4 for n in got if n > 3}
    for r in sorted(distinct):
        remainders.append(r)
    count = len(distinct)


main()
print(remainders, count)
