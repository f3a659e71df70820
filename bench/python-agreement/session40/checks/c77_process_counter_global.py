# Check: multiprocessing.Process incrementing a module int changes only the child's copy. Bug: expecting shared memory across processes.
import multiprocessing as mp

hits = 0


def work(n):
    global hits
    for _ in range(n):
        hits += 1


if __name__ == "__main__":
    ps = [mp.Process(target=work, args=(5,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    codes = [p.exitcode for p in ps]
    print(f"hits={hits} codes={codes}")
