# Expected: a queue-fed worker pool writes squares into a results dict; all 6 keys present.
import queue
import threading

tasks = queue.Queue()
results = {}


def worker():
    while True:
        n = tasks.get()
        if n < 0:
            tasks.task_done()
            break
        results[n] = n * n
        tasks.task_done()


def main():
    pool = [threading.Thread(target=worker) for _ in range(2)]
    for t in pool:
        t.start()
    for n in range(6):
        tasks.put(n)
    for _ in pool:
        tasks.put(-1)
    tasks.join()
    for t in pool:
        t.join()
    print(f"results: {results}")


if __name__ == "__main__":
    main()
