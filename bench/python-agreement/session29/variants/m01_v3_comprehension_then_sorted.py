import multiprocessing as mp


def worker(n, out):
    out.put(n * n)


if __name__ == "__main__":
    out = mp.Queue()
    procs = [mp.Process(target=worker, args=(i, out)) for i in range(1, 4)]
    for p in procs:
        p.start()
    got = [out.get() for _ in procs]
    squares = sorted(got)
    for p in procs:
        p.join()
    print(squares, sum(squares))
