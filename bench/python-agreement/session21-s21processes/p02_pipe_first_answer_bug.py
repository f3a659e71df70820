"""Bug: two workers answer on one Pipe end, and the parent takes the first answer as the fast worker's."""
from multiprocessing import Pipe, Process

fast_answer = 0
slow_answer = 0


def worker(conn, factor):
    conn.send(factor * 10)


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    fast = Process(target=worker, args=(child_end, 1))
    slow = Process(target=worker, args=(child_end, 2))
    fast.start()
    slow.start()
    fast_answer = parent_end.recv()
    slow_answer = parent_end.recv()
    fast.join()
    slow.join()
    assert fast_answer == 10, "the slow worker answered first"
