"""Bug: two processes add to a shared Value without its lock; `+=` is a read then a write."""
from multiprocessing import Process, Value

count = 0


def add_many(counter, times):
    for _ in range(times):
        counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    workers = [Process(target=add_many, args=(counter, 50)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    count = counter.value
    assert count == 100, "lost updates"
