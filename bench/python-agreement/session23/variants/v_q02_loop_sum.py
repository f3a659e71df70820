import queue
import threading

tasks = queue.Queue()
results = {}
results_lock = threading.Lock()


def worker():
    while True:
        n = tasks.get()
        try:
            value = 0
            for i in range(n):
                value += i
            with results_lock:
                results[n] = value
        finally:
            tasks.task_done()


def main():
    for _ in range(3):
        threading.Thread(target=worker, daemon=True).start()
    for n in [5, 10, 15, 20]:
        tasks.put(n)
    tasks.join()  # every task marked done
    print(sorted(results.items()))


main()
