# BUG: race: `v.value += 1` on a Manager Value is a get then a set through the proxy
from multiprocessing import Manager, Process


def bump(v, n):
    for _ in range(n):
        v.value += 1


if __name__ == "__main__":
    with Manager() as manager:
        counter = manager.Value("i", 0)
        procs = [Process(target=bump, args=(counter, 3)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        final = counter.value
    assert final == 6, final
    print("final", final)
