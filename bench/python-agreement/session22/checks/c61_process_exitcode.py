import multiprocessing as mp
import sys


def ok():
    pass


def fails():
    raise RuntimeError("boom")


def quits():
    sys.exit(3)


if __name__ == "__main__":
    codes = []
    for target in (ok, fails, quits):
        p = mp.Process(target=target)
        p.start()
        p.join()
        codes.append(p.exitcode)
    print(codes)
