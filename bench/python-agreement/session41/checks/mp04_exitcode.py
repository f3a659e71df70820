# check: a child process that raises gets exitcode 1; the parent goes on
import multiprocessing as mp

codes = []


def risky(n):
    if n == 1:
        raise ValueError("bad")


if __name__ == "__main__":
    procs = [mp.Process(target=risky, args=(i,)) for i in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
        codes.append(p.exitcode)
    print(codes)
