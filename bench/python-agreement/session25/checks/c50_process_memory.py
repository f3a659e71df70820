# check: a child process works on its own copy of the parent's memory: the parent's list stays empty
from multiprocessing import Process

items = []


def child():
    items.append("from child")


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    p.join()
    count = len(items)
    print(count, p.exitcode)
