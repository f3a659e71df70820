# BUG: lost update: two processes do counter.value += 1 on a shared Value without taking its lock
from multiprocessing import Process, Value
import time


def add_many(counter, times: int) -> None:
    for _ in range(times):
        current = counter.value
        time.sleep(0.0005)  # work on the item
        counter.value = current + 1


final_count = 0
if __name__ == "__main__":
    counter = Value("i", 0)
    workers = [Process(target=add_many, args=(counter, 20)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    final_count = counter.value
    print(f"final_count={final_count}")
    assert final_count == 40, "lost update"
