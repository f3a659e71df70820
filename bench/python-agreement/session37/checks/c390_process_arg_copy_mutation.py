import multiprocessing as mp


def child(items, q):
    items.append(99)
    q.put(len(items))


if __name__ == "__main__":
    items = [1, 2]
    q = mp.Queue()
    p = mp.Process(target=child, args=(items, q))
    p.start()
    child_len = q.get()
    p.join()
    log = [child_len, len(items)]
    print(log)  # ordered
