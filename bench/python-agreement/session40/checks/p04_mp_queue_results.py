# Check: worker processes put (id, square) on a multiprocessing.Queue; the parent gets them all before join. Bug: none.
import multiprocessing as mp

total = 0
got = []


def work(q, n):
    q.put(n * n)


if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=work, args=(q, n)) for n in (2, 3, 4)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    total = sum(got)
    print(f"got={got} total={total}")
