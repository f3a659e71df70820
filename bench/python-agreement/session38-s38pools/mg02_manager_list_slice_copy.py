# A process fills a manager's list while main copies it with one slice: the copy holds 0 to 3 items.
import multiprocessing as mp


def fill(log):
    for n in range(3):
        log.append(n)


if __name__ == "__main__":
    with mp.Manager() as manager:
        log = manager.list()
        p = mp.Process(target=fill, args=(log,))
        p.start()
        seen = log[:]
        p.join()
    print(f"seen={len(seen)}")
