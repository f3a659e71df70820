# check: a child process appending to a module-level list does not change the parent's list
import multiprocessing as mp

results = []
count = 0


def worker(n):
    global count
    results.append(n * n)
    count += 1


if __name__ == "__main__":
    procs = [mp.Process(target=worker, args=(i,)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(results, count)
