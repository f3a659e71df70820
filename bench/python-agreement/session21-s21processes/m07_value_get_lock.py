"""The same counter under get_lock(): no update is lost."""
from multiprocessing import Process, Value

count = 0


def add_many(counter, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    workers = [Process(target=add_many, args=(counter, 20)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    count = counter.value
    assert count == 40
