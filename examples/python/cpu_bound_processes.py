"""CPU-bound work in processes: each process has its own GIL, so four jobs of CPU work run side by side on
the machine's cores (compare cpu_bound_threads.py, where they queue for one GIL). The results come back
through a multiprocessing.Queue."""
import multiprocessing

total = 0


def burn():  # weft: cpu 20ms
    count = 0
    for step in range(300_000):
        count += step % 7
    return count


def crunch(n, results):
    burn()
    results.put(n * n)


def main():
    global total
    results = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=crunch, args=(n, results)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        item = results.get()
        total += item
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    main()
    print("total:", total)
