"""A Pipe between two processes: the parent sends numbers, the child answers with their squares, then None stops it."""
from multiprocessing import Pipe, Process


def squarer(conn):
    handled = 0
    while True:
        n = conn.recv()
        if n is None:
            break
        conn.send(n * n)
        handled += 1
    conn.send(("handled", handled))
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    child = Process(target=squarer, args=(child_end,))
    child.start()
    answers = []
    for n in [3, 4, 12]:
        parent_end.send(n)
        answers.append(parent_end.recv())
    parent_end.send(None)
    summary = parent_end.recv()
    child.join()
    print("answers:", answers)
    print("summary:", summary, "exit code:", child.exitcode)
