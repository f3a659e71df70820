import multiprocessing as mp

results = []
counter = 0


def child(n):
    global counter
    counter += n
    results.append(n)


if __name__ == "__main__":
    procs = [mp.Process(target=child, args=(i,)) for i in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter, results)
