import queue
import threading

tasks: "queue.Queue[int | None]" = queue.Queue()
results: dict[int, int] = {}
results_lock = threading.Lock()
NUM_CONSUMERS = 2


def consumer(worker_id: int) -> None:
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        with results_lock:
            results[item] = item * item
        tasks.task_done()


def numbers(limit: int):
    for n in range(1, limit + 1):
        yield n


consumers = [threading.Thread(target=consumer, args=(i,), daemon=True) for i in range(NUM_CONSUMERS)]
for c in consumers:
    c.start()
for n in numbers(5):
    tasks.put(n)
for _ in consumers:
    tasks.put(None)
tasks.join()
for c in consumers:
    c.join()

total = sum(results.values())
print(f"results={dict(sorted(results.items()))} total={total}")
assert total == 55
