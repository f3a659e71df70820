# BUG: race: shared Value incremented by several processes without its lock
import multiprocessing as mp


def bump(total, times):
    for _ in range(times):
        total.value += 1


def main():
    total = mp.Value("i", 0)
    procs = [mp.Process(target=bump, args=(total, 2000)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert total.value == 6000, "lost increments"
    print("total:", total.value)


if __name__ == "__main__":
    main()
