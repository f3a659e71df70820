"""A child sends 50 small integers through a Pipe; the parent joins before receiving: they fit the pipe (imports)."""
import multiprocessing


def produce(conn):
    for n in range(50):
        conn.send(n)
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()
    p = multiprocessing.Process(target=produce, args=(child_end,))
    p.start()
    p.join()
    total = 0
    for _ in range(50):
        total += parent_end.recv()
    print(total)
