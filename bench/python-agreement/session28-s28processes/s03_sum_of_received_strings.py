"""A child sends a list of strings; the parent sums it: CPython raises TypeError (`int` + `str`), which
the parent catches."""
from multiprocessing import Pipe, Process

outcome = ""


def child(conn):
    conn.send(["a", "b"])
    conn.close()


def main():
    global outcome
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(child_end,))
    p.start()
    words = parent_end.recv()
    try:
        total = sum(words)
        outcome = "summed"
    except TypeError:
        outcome = "TypeError"
    p.join()
    print(outcome)


if __name__ == "__main__":
    main()
