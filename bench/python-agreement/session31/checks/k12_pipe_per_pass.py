# a Pipe made per loop pass, one child each; the parent receives in the order it made them
from multiprocessing import Pipe, Process


def child(conn, n):
    conn.send(n * n)
    conn.close()


if __name__ == "__main__":
    ends = []
    procs = []
    for i in range(3):
        parent_end, child_end = Pipe()
        p = Process(target=child, args=(child_end, i + 1))
        ends.append(parent_end)
        procs.append(p)
        p.start()
    squares = [e.recv() for e in ends]
    for p in procs:
        p.join()
    print(squares, sum(squares))
