# Main sorts a manager's list while a process may still append to it: sorted walks it item by item.
import multiprocessing as mp


def fill(log):
    for n in range(3):
        log.append(n)


if __name__ == "__main__":
    with mp.Manager() as manager:
        log = manager.list()
        p = mp.Process(target=fill, args=(log,))
        p.start()
        seen = sorted(log)
        p.join()
    print(f"seen={len(seen)}")
