# BUG: atomicity violation: counter.value += 1 across processes without counter.get_lock() loses increments.
from multiprocessing import Process, Value


def bump(counter, times: int) -> None:
    for _ in range(times):
        counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    workers = [Process(target=bump, args=(counter, 2)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    final = counter.value
    print(f"counter={final}")
    assert final == 4, f"lost {4 - final} increments"
