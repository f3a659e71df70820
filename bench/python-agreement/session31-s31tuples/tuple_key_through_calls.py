# BUG: two threads record the same cell without a lock (`visits[cell] = visits.get(cell, 0) + 1`), so
# one visit can be lost (origin=2 where the program means 3). The tuple keys reach the module dict and
# set through a thread's `args=` (a tuple given as one argument), an executor's `submit`, and a
# function's returned tuple: the dict and set take each as Python does.
import threading
from concurrent.futures import ThreadPoolExecutor

visits = {}
cells = set()


def cell_of(row, column):
    return (row, column)


def visit(cell):
    cells.add(cell)
    visits[cell] = visits.get(cell, 0) + 1


def visit_at(row, column):
    visit(cell_of(row, column))


threads = [threading.Thread(target=visit, args=((0, 0),)), threading.Thread(target=visit, args=((0, 0),))]
for t in threads:
    t.start()
for t in threads:
    t.join()
with ThreadPoolExecutor(max_workers=2) as pool:
    first = pool.submit(visit_at, 1, 2)
    second = pool.submit(visit_at, 0, 0)
    first.result()
    second.result()
distinct = len(cells)
origin = visits[(0, 0)]
other = visits.get((1, 2), 0)
print(distinct, origin, other)
