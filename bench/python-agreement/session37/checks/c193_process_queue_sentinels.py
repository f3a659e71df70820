import multiprocessing as mp


def producer(q, items):
    for i in items:
        q.put(i)
    q.put(None)


if __name__ == "__main__":
    q = mp.Queue()
    procs = [mp.Process(target=producer, args=(q, items)) for items in ([1, 2], [3])]
    for p in procs:
        p.start()
    done = 0
    total = 0
    while done < 2:
        item = q.get()
        if item is None:
            done += 1
        else:
            total += item
    for p in procs:
        p.join()
    log = [total, done]
    print(log)  # ordered
