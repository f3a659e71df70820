# One list display handed to __init__, kept under two attributes: one list.
import threading


class Board:
    def __init__(self, cells):
        self.cells = cells
        self.alias = cells

    def mark(self, i):
        self.cells[i] += 1
        self.alias[i] += 10


board = Board([0, 0])
threads = [threading.Thread(target=board.mark, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(board.cells, board.alias)
