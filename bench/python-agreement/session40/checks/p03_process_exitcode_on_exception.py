# Check: a multiprocessing.Process whose target raises ends with exitcode 1; a clean one with 0; sys.exit(3) gives 3. Bug: the failing child (expected).
import multiprocessing as mp
import sys

codes = []


def fine():
    pass


def broken():
    raise ValueError("child")


def quits():
    sys.exit(3)


if __name__ == "__main__":
    ps = [mp.Process(target=f) for f in (fine, broken, quits)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    codes = [p.exitcode for p in ps]
    print(f"codes={codes}")
