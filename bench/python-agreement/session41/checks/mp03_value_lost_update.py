# check: mp.Value += without get_lock() can lose updates between processes
import multiprocessing as mp


def bump(counter, times):
    for _ in range(times):
        counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=bump, args=(counter, 2000)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    final = counter.value
    print(final)
