"""N workers drain a queue.Queue; one None poison pill per worker stops them; results go into a dict."""
import queue
import threading

NUM_WORKERS = 3
tasks: "queue.Queue[str | None]" = queue.Queue()
lengths: dict[str, int] = {}
handled_by: dict[str, int] = {}
results_lock = threading.Lock()


def worker(worker_id: int) -> None:
    handled = 0
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        with results_lock:
            lengths[item] = len(item)
        handled += 1
        tasks.task_done()
    handled_by[f"worker-{worker_id}"] = handled


threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(NUM_WORKERS)]
for t in threads:
    t.start()
for word in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]:
    tasks.put(word)
for _ in range(NUM_WORKERS):
    tasks.put(None)
tasks.join()
for t in threads:
    t.join()
total_handled = sum(handled_by.values())
print(f"{total_handled} words:", ", ".join(f"{k}={v}" for k, v in sorted(lengths.items())))
assert total_handled == 7
assert lengths["epsilon"] == 7
