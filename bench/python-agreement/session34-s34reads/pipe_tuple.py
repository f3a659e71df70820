# A child process sends tuples and a list through a Pipe; the parent unpacks, searches and slices
# what it receives.
import multiprocessing as mp


def child(conn):
    conn.send(("ok", 3, 4))
    conn.send(["a", "b", "c"])
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=child, args=(child_end,))
    p.start()
    status, x, y = parent_end.recv()
    letters = parent_end.recv()
    p.join()
    found = "b" in letters
    where = letters.index("c")
    rest = "".join(letters[1:])
    print(status, x + y, found, where, rest, len(letters))
