"""Requests sent on a Pipe are tuples holding a tuple and a list; the child tells them apart by type."""
from multiprocessing import Pipe, Process

kinds: list = []


def inspect(conn):
    while True:
        message = conn.recv()
        if message is None:
            break
        name, pair, items = message
        conn.send(len(pair) * 10 + len(items))
    conn.close()


if __name__ == "__main__":
    parent, child = Pipe()
    worker = Process(target=inspect, args=(child,))
    worker.start()
    for message in [("a", (1, 2), [3]), ("b", (4, 5), [6, 7, 8])]:
        parent.send(message)
        kinds.append(parent.recv())
    parent.send(None)
    worker.join()
    print(kinds)
    assert kinds == [21, 23]
