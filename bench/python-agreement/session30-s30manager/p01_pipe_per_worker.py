"""One Pipe per worker, made in the loop that starts the workers; the parent sends each a number on its
own pipe and gathers the squares in pipe order."""
from multiprocessing import Pipe, Process


def square(conn):
    n = conn.recv()
    conn.send(n * n)
    conn.close()


if __name__ == "__main__":
    conns = []
    workers = []
    for i in range(3):
        mine, theirs = Pipe()
        w = Process(target=square, args=(theirs,))
        workers.append(w)
        conns.append(mine)
        w.start()
    for c in conns:
        c.send(len(workers) + 1)
    squares = [c.recv() for c in conns]
    for w in workers:
        w.join()
    print(squares)
    assert squares == [16, 16, 16]
