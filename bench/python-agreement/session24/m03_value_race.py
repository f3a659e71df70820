# BUG: race on a shared Value: `counter.value += 1` is a read and a write, not atomic across processes
import multiprocessing

ROUNDS = 10000


def bump(counter, rounds):
    for _ in range(rounds):
        counter.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    workers = [multiprocessing.Process(target=bump, args=(counter, ROUNDS)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    final = counter.value
    print(final)
    assert final == 2 * ROUNDS, f"lost {2 * ROUNDS - final} increments"
