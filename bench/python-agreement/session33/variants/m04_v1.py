import multiprocessing as mp


def checksum(data):
    return sum(ord(c) for c in data) % 251


def hasher(inbox, outbox):
    while True:
        item = inbox.get()
        if item is None:
            outbox.put(None)
            break
        name, data = item
        outbox.put((name, checksum(data)))


if __name__ == "__main__":
    inbox, outbox = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=hasher, args=(inbox, outbox)) for _ in range(2)]
    for w in workers:
        w.start()
    files = {"a.txt": "hello", "b.txt": "world", "c.txt": "weft"}
    for name, data in files.items():
        inbox.put((name, data))
    for _ in workers:
        inbox.put(None)
    sums, finished = {}, 0
    while finished < len(workers):
        result = outbox.get()
        if result is None:
            finished += 1
        else:
            sums[result[0]] = result[1]
    for w in workers:
        w.join()
    print(dict(sorted(sums.items())), "workers", finished)
