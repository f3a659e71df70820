# Expected: workers push (n, n*n) pairs onto a results queue; main drains exactly 5 results into a dict {n: n*n}.
import queue
import threading

results_q = queue.Queue()
squares = {}


def square(n):
    results_q.put((n, n * n))


threads = [threading.Thread(target=square, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for _ in range(5):
    n, sq = results_q.get()
    squares[n] = sq
print(squares)
