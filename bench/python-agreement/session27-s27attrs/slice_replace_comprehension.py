# `data[:] = [comprehension over data]` racing an `append` (lost or kept by the order) and a reader.
import threading
data: list[int] = [1, 2, 3]
total = 0
def scale() -> None:
    data[:] = [x * 10 for x in data if x > 1]
def add() -> None:
    data.append(5)
def look() -> None:
    global total
    total = sum(data)
ts = [threading.Thread(target=f) for f in (scale, add, look)]
for t in ts: t.start()
for t in ts: t.join()
print(data, total)
