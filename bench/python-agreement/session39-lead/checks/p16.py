import multiprocessing as mp
def square(x):
    return x * x
def count(q, n):
    for i in range(n):
        q.put(i)
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        out = pool.map(square, range(5))
        total = sum(pool.map(square, [1, 2, 3]))
    q = mp.Queue()
    p = mp.Process(target=count, args=(q, 3))
    p.start()
    got = [q.get() for _ in range(3)]
    p.join()
    print(out, total, got, p.exitcode)
