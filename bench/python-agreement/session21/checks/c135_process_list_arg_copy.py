# a child process appends to its own copy of a list given in args; the parent's list is unchanged
from multiprocessing import Process

items = []


def fill(target):
    target.append(1)
    target.append(2)


if __name__ == "__main__":
    p = Process(target=fill, args=(items,))
    p.start()
    p.join()
    size = len(items)
    print(size)
