# A Pipe: the child doubles what the parent sends until None.
import multiprocessing

final = {}


def doubler(conn):
    while True:
        x = conn.recv()
        if x is None:
            break
        conn.send(x * 2)
    conn.close()


if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=doubler, args=(child,))
    p.start()
    total = 0
    for x in (1, 2, 3):
        parent.send(x)
        total += parent.recv()
    parent.send(None)
    p.join()
    final["total"] = total
    print(final)
