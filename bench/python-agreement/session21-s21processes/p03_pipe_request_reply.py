"""Each of two workers has its own duplex Pipe: the parent sends a number, the worker sends back its double."""
from multiprocessing import Pipe, Process

answers = []


def doubler(conn):
    number = conn.recv()
    conn.send(number * 2)
    conn.close()


if __name__ == "__main__":
    left, left_child = Pipe()
    right, right_child = Pipe()
    first = Process(target=doubler, args=(left_child,))
    second = Process(target=doubler, args=(right_child,))
    first.start()
    second.start()
    right.send(21)
    left.send(5)
    answers.append(left.recv())
    answers.append(right.recv())
    first.join()
    second.join()
    left.close()
    right.close()
    assert answers == [10, 42]
