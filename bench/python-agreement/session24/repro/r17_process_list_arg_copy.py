"""A list handed to a Process in args= is the child's copy: its append does not reach the parent."""
import multiprocessing


def fill(items):
    items.append(99)


if __name__ == "__main__":
    items = [1, 2]
    p = multiprocessing.Process(target=fill, args=(items,))
    p.start()
    p.join()
    parent_len = len(items)
    print(parent_len)
