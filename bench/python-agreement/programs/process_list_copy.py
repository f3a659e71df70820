"""Each child process appends to its own copy of a module list; the parent's list stays empty."""
import multiprocessing

items = []
hits = 0


def work(n):
    global hits
    items.append(n)
    hits += len(items)


if __name__ == "__main__":
    procs = [multiprocessing.Process(target=work, args=(i,)) for i in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(len(items), hits)
