from multiprocessing import Manager, Pipe, Process


def squarer(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg * msg)
    conn.close()


def register(shared, name, score):
    shared[name] = score


if __name__ == "__main__":
    parent, child = Pipe()
    p = Process(target=squarer, args=(child,))
    p.start()
    replies = []
    for n in (3, 4, 5):
        parent.send(n)
        replies.append(parent.recv())
    parent.send(None)
    p.join()
    print("squares", replies)

    with Manager() as manager:
        scores = manager.dict()
        workers = [Process(target=register, args=(scores, name, len(name))) for name in ("ann", "bo", "cyd")]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(sorted(scores.items()))
