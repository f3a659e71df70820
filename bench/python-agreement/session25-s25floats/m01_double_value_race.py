"""Two processes add to a `multiprocessing.Value("d")` without its lock (`total.value += 0.25`: a read
then a write), and store an integer in a double (`last.value = n` reads back as a float)."""
import multiprocessing


def add(total, last, n):
    for _ in range(50):
        total.value += 0.25
    last.value = n


if __name__ == "__main__":
    total = multiprocessing.Value("d", 0.5)
    last = multiprocessing.RawValue("d")
    workers = [multiprocessing.Process(target=add, args=(total, last, n)) for n in (1, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    final = total.value
    stored = last.value
    print(final, stored)
