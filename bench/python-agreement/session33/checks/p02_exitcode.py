import multiprocessing as mp
import sys


def job(code):
    if code:
        sys.exit(code)


if __name__ == "__main__":
    procs = [mp.Process(target=job, args=(c,)) for c in (0, 3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    codes = [p.exitcode for p in procs]
    print(codes)
