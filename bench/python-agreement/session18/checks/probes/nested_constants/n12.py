import threading

ROWS = [[1, 2], [3, 4, 5]]
x = 0


def worker(i):
    global x
    x = sum(ROWS[i])


w = threading.Thread(target=worker, args=(1,))
w.start()
w.join()
