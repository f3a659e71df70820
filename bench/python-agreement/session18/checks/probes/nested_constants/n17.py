import threading

TABLE = [[0] * 2 for _ in range(2)]
x = 0


def worker(i):
    global x
    TABLE[i][0] = 5
    x = TABLE[1][0] + TABLE[0][0]


w = threading.Thread(target=worker, args=(1,))
w.start()
w.join()
