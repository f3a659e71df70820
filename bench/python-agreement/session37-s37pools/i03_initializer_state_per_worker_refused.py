# A worker's state that its jobs change: how many jobs each worker ran depends on which worker takes
# which job, so the counts differ run to run. weft keeps the refusal of `initializer=` here.
from multiprocessing import Pool

calls = 0


def reset():
    global calls
    calls = 0


def job(x):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with Pool(processes=2, initializer=reset) as pool:
        counts = pool.map(job, [1, 2, 3, 4, 5, 6], chunksize=1)
    print(counts)
