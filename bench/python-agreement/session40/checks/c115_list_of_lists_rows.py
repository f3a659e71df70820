# Check: a list of lists (a board); threads write cells of their own row. Bug: none.
import threading

board = [[0, 0], [0, 0], [0, 0]]


def fill(r):
    for c in range(2):
        board[r][c] = r * 10 + c


ts = [threading.Thread(target=fill, args=(r,)) for r in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = sum(sum(row) for row in board)
print(f"board={board} total={total}")
