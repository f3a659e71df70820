# multiprocessing.Value incremented under its own get_lock(): no lost update.
import multiprocessing

final = {}


def sell(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    sold = multiprocessing.Value("i", 0)
    ps = [multiprocessing.Process(target=sell, args=(sold, 20)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    final["sold"] = sold.value
    print(final)
