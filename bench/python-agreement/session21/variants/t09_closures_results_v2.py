import threading


def make_task(name, numbers, results, lock):
    def task():
        total = 0
        for n in range(numbers):
            total += n * n
        with lock:
            results[name] = total
    return task


def main():
    results = {}
    lock = threading.Lock()
    jobs = {
        "small": 3,
        "medium": 10,
        "large": 20,
    }
    threads = []
    for name, numbers in jobs.items():
        t = threading.Thread(target=make_task(name, numbers, results, lock), name=name)
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    for name, total in sorted(results.items()):
        print(f"{name}: {total}")
    print("grand total", sum(results.values()))


main()
