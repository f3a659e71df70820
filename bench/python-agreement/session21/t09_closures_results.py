import threading


def make_task(name, numbers, results, lock):
    def task():
        total = 0
        for n in numbers:
            total += n * n
        with lock:
            results[name] = total
    return task


def main():
    results = {}
    lock = threading.Lock()
    jobs = {
        "small": [1, 2, 3],
        "medium": list(range(10)),
        "large": list(range(20)),
    }
    threads = []
    for name, numbers in jobs.items():
        t = threading.Thread(target=make_task(name, numbers, results, lock), name=name)
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    for name in sorted(results):
        print(f"{name}: {results[name]}")
    print("grand total", sum(results.values()))


main()
