import multiprocessing as mp


def bump(counter):
    for _ in range(2):
        counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=bump, args=(counter,)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value)
