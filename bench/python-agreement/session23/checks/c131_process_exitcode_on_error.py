# check: an exception in a child process gives exitcode 1; the parent goes on
from multiprocessing import Process
import sys

codes = []


def bad():
    raise ValueError("child failed")


def explicit():
    sys.exit(3)


if __name__ == "__main__":
    for target in (bad, explicit):
        p = Process(target=target)
        p.start()
        p.join()
        codes.append(p.exitcode)
