# check: [[0]*2]*2 shares the inner list
import threading

a = 0


def work():
    global a
    grid = [[0] * 2] * 2
    grid[0][1] = 5
    a = grid[1][1] * 10 + grid[0][0]


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
