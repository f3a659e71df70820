# Workers put squares on a queue; a function drains them with `sorted(out.get() for _ in workers)`
# (consumed_generators.rs) inside a `for` over rounds, and sums them per round in a dict built by a
# comprehension over sorted items (dict_builds.rs), both in the function's body, below a loop.
import queue
import threading

out = queue.Queue()


def square(n):
    out.put(n * n)


def run_rounds(rounds):
    totals = {}
    for r in rounds:
        workers = [threading.Thread(target=square, args=(r + i,)) for i in range(3)]
        for w in workers:
            w.start()
        squares = sorted(out.get() for _ in workers)
        for w in workers:
            w.join()
        totals[r] = sum(squares)
    ordered = {k: v * 2 for k, v in sorted(totals.items())}
    return ordered[1], ordered[2]


first, second = run_rounds([1, 2])
print(first, second)
