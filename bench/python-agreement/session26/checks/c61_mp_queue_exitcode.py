import multiprocessing as mp


def producer(q, n: int) -> None:
    for i in range(n):
        q.put(i * i)
    q.put(None)


def crasher() -> None:
    raise RuntimeError("child failed")


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 4))
    bad = mp.Process(target=crasher)
    p.start()
    bad.start()
    total = 0
    while (item := q.get()) is not None:
        total += item
    p.join()
    bad.join()
    good_code = p.exitcode
    bad_code = bad.exitcode
    print(total, good_code, bad_code)
