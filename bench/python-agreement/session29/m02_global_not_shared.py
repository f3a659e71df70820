# BUG: lost increments: each child process changes its own copy of the global, the parent's stays 0
from multiprocessing import Process

counter = 0


def bump(times):
    global counter
    for _ in range(times):
        counter += 1


if __name__ == "__main__":
    children = [Process(target=bump, args=(5,)) for _ in range(2)]
    for c in children:
        c.start()
    for c in children:
        c.join()
    print("counter in parent:", counter)
