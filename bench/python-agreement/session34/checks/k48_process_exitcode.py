# A child process that raises has exitcode 1; one that calls sys.exit(3) has 3; a clean one 0.
import multiprocessing
import sys

codes = []


def clean():
    pass


def fails():
    raise ValueError("boom")


def exits():
    sys.exit(3)


if __name__ == "__main__":
    for target in (clean, fails, exits):
        p = multiprocessing.Process(target=target)
        p.start()
        p.join()
        codes.append(p.exitcode)
    print(codes)
