# the child appends to its own copy of the list; the parent's stays as it was
import multiprocessing as mp


def fill(items):
    items.append(99)
    items.append(98)


if __name__ == "__main__":
    items = [1]
    p = mp.Process(target=fill, args=(items,))
    p.start()
    p.join()
    size = len(items)
    print(size)
