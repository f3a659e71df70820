# a child that raises exits with code 1; one that returns exits with 0
from multiprocessing import Process

codes = []


def fine():
    return


def broken():
    raise ValueError("child failed")


if __name__ == "__main__":
    for target in [fine, broken]:
        p = Process(target=target)
        p.start()
        p.join()
        codes.append(p.exitcode)
    print(codes)
