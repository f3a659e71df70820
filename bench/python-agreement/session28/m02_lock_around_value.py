from multiprocessing import Lock, Process, Value


def add_many(total, lock, times: int) -> None:
    for _ in range(times):
        with lock:
            total.value += 1


counter = None

if __name__ == "__main__":
    lock = Lock()
    counter = Value("i", 0, lock=False)
    workers = [Process(target=add_many, args=(counter, lock, 100)) for _ in range(3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    final = counter.value
    print(f"final={final}")
    assert final == 300
