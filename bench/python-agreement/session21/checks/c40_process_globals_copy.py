# a child process changes its own copy of a global; the parent keeps its value
from multiprocessing import Process

counter = 0


def bump():
    global counter
    counter += 100


if __name__ == "__main__":
    p = Process(target=bump)
    p.start()
    p.join()
    counter += 1
    print(counter)
