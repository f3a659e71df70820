import multiprocessing as mp


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg * 2)
    conn.close()


if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    replies = []
    for n in (1, 2, 3):
        parent.send(n)
        replies.append(parent.recv())
    parent.send(None)
    p.join()
    print(replies)
