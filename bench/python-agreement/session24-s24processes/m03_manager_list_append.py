# Processes append to a Manager list; each append is one round trip, atomic at the server.
from multiprocessing import Manager, Process


def produce(out, tag, n):
    for i in range(n):
        out.append(tag * 10 + i)


if __name__ == "__main__":
    with Manager() as manager:
        out = manager.list()
        procs = [Process(target=produce, args=(out, t, 2)) for t in (1, 2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        length = len(out)
        first = out[0]
        last = out[-1]
    print(length, first, last)
