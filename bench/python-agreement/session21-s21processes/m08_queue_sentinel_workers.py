"""Two worker processes take numbers from a Queue until a None each, and put their doubles on another."""
import multiprocessing as mp

total = 0


def worker(tasks, done):
    while True:
        item = tasks.get()
        if item is None:
            break
        done.put(item * 2)


if __name__ == "__main__":
    tasks = mp.Queue()
    done = mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, done)) for _ in range(2)]
    for w in workers:
        w.start()
    for n in range(5):
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    for _ in range(5):
        total += done.get()
    for w in workers:
        w.join()
    assert total == 20
