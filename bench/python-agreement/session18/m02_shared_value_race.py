# BUG: race: processes update a shared Value with a read and a separate write, not under its lock
from multiprocessing import Process, Value

ROUNDS = 3

counter = None
final_count = 0


def bump(shared, rounds):
    for _ in range(rounds):
        current = shared.value
        shared.value = current + 1


if __name__ == "__main__":
    counter = Value("i", 0)
    workers = [Process(target=bump, args=(counter, ROUNDS)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    final_count = counter.value
    assert final_count == 2 * ROUNDS, f"lost updates: {final_count}"
