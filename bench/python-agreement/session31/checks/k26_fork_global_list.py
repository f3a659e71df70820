# a child process appends to a module list: the parent's list is unchanged; the exit code of a raising child is 1
from multiprocessing import Process

items = [1]


def child():
    items.append(2)


def bad():
    raise RuntimeError("x")


if __name__ == "__main__":
    p = Process(target=child)
    q = Process(target=bad)
    p.start()
    q.start()
    p.join()
    q.join()
    codes = [p.exitcode, q.exitcode]
    print(items, codes)
