# check: a child process changes its own copy of a module global; the parent's stays
from multiprocessing import Process

counter = 0
items = []


def child():
    global counter
    counter += 10
    items.append(1)


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    p.join()
    code = p.exitcode
