# no bug: each worker makes a (n, square) tuple (made at run time, in an order that depends on the schedule) and appends it under a lock
# CPython 3.11.7, 10 runs (agree.py, 2026-11-30): ok total=5, results in creation order [(0, 0), (1, 1), (2, 4)] in all 10; weft explore: complete, 6 outcomes (every order of the three records), CPython's among them. Before: 192 schedules (stateless); now 12 + 192 cut short.
import threading

results = []
results_lock = threading.Lock()


def work(n: int) -> None:
    record = (n, n * n)
    with results_lock:
        results.append(record)


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = 0
for record in results:
    total += record[1]
print(f"records={len(results)} total={total}")
assert total == 5
