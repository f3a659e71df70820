# Expected: q.join() returns once all 6 items are processed (results has 6 entries, results[i] == i * i); no bug
import queue
import threading
import time

q = queue.Queue()
results = {}


def worker(worker_id):
    while True:
        n = q.get()
        try:
            time.sleep(0.001)
            results[n] = n * n
        finally:
            q.task_done()


def main():
    for i in range(3):
        threading.Thread(target=worker, args=(i,), daemon=True).start()
    for n in range(6):
        q.put(n)
    q.join()
    print(f"results={results}")


if __name__ == "__main__":
    main()
