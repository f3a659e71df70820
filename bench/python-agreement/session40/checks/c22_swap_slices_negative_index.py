# Check: tuple swap, negative indexes, slices with steps, list multiplication. Bug: none.
import threading

x = 1
y = 2
tail = 0
evens = []
rev = []
grid = []


def worker():
    global x, y, tail
    x, y = y, x
    data = [10, 20, 30, 40, 50]
    tail = data[-1] + data[-2]
    evens.extend(data[::2])
    rev.extend(data[::-1][:2])
    grid.extend([0] * 3)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"x={x} y={y} tail={tail} evens={evens} rev={rev} grid={grid}")
