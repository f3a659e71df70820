# BUG: the two updates of `board` are not under one lock, so the reader can take a board whose total is not 10.
"""A mover takes one from a cell and gives it to the other; a reader puts `tuple(board)` on a queue.

The reader's tuple is one read of both cells, so a total other than 10 shows the mover's two separate
writes, not a torn copy."""
import queue
import threading

board = [10, 0]
seen = queue.Queue()
totals = []


def mover():
    for _ in range(2):
        board[0] -= 1
        board[1] += 1


def reader():
    seen.put(tuple(board))


threads = [threading.Thread(target=mover), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
first, second = seen.get()
totals.append(first + second)
print(board, totals)
