# No bug: results come back in any order, the check sorts them first and compares them with a module
# constant, and the copy and the last item are read after the joins.
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
