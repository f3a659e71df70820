"""Two consumer processes read a multiprocessing.Queue until a None each; results come back on another Queue."""
import multiprocessing


def consumer(tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            break
        results.put(n * n)


if __name__ == "__main__":
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=consumer, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for n in range(1, 6):
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    total = 0
    for _ in range(5):
        total += results.get()
    for w in workers:
        w.join()
    print(total)
