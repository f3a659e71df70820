# No bug: results come back in any order, the check sorts them first and compares them with a module
# constant, and the copy and the last item are read after the joins.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): matches=True copy=[9, 1, 4] last=4 count_plus_one=4 has_four=True (10 of 10); weft explore: 6 outcomes, complete.
import threading

EXPECTED = [1, 4, 9]
results = []
lock = threading.Lock()


def square(n):
    with lock:
        results.append(n * n)


threads = [threading.Thread(target=square, args=(n,)) for n in (3, 1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
matches = sorted(results) == EXPECTED
copy = list(results)
count_plus_one = len(results) + 1
has_four = 4 in results
last = results[-1]
