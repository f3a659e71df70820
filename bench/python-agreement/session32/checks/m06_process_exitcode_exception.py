# A child process that raises: exitcode 1; the parent goes on.
import multiprocessing

final = {}


def bad():
    raise ValueError("child failed")


def good():
    pass


if __name__ == "__main__":
    ps = [multiprocessing.Process(target=bad), multiprocessing.Process(target=good)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    final["codes"] = ps[0].exitcode * 10 + ps[1].exitcode
    print(final)
