"""Pool.map with one failing job re-raises only once every job has finished: the others' work is all done."""
import multiprocessing
import time

finished = None


def init(counter):
    global finished
    finished = counter


def job(n):
    if n == 0:
        raise ValueError("bad")
    time.sleep(0.05)
    with finished.get_lock():
        finished.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    done_at_raise = -1
    with multiprocessing.Pool(3, initializer=init, initargs=(counter,)) as pool:
        try:
            pool.map(job, [0, 1, 2])
        except ValueError:
            done_at_raise = counter.value
    print(done_at_raise)
