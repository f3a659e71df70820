import multiprocessing as mp


def bump(counter, n):
    for _ in range(n):
        counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=bump, args=(counter, 50)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    log = [counter.value <= 100, counter.value >= 50]
    print(log)  # ordered
