import multiprocessing
import sys


def crash():
    raise ValueError("child failed")


def quit_three():
    sys.exit(3)


if __name__ == "__main__":
    a = multiprocessing.Process(target=crash)
    b = multiprocessing.Process(target=quit_three)
    a.start()
    b.start()
    a.join()
    b.join()
    codes = [a.exitcode, b.exitcode]
    print(codes)
