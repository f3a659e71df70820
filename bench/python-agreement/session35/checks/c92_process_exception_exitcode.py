"""A child raising IndexError exits with code 1; the parent goes on."""
import multiprocessing as mp

ITEMS = [1]
codes = []


def bad():
    return ITEMS[4]


def good():
    return ITEMS[0]


if __name__ == "__main__":
    ps = [mp.Process(target=bad), mp.Process(target=good)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
        codes.append(p.exitcode)
    print(codes)
