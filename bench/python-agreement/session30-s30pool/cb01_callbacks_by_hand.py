"""A pool made by hand: apply_async with a callback per job, then close() and join(), the textbook form.

CPython runs each callback in the pool's result-handler thread, in the order the jobs finish, and
join() waits for that thread: every callback has run when join() returns, in some finishing order."""
import multiprocessing

# weft: cpu 1ms
def square(n):
    return n * n


finished = []

if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=3)
    for n in range(1, 4):
        pool.apply_async(square, (n,), callback=finished.append)
    pool.close()
    pool.join()
    print(finished)
    assert sorted(finished) == [1, 4, 9]
