# `data[:] = [...]` (the whole list replaced in place) racing an `append` and a reader.
import threading

data: list[int] = [1, 2, 3]
total = 0


def scale(factor: int) -> None:
    a = data[0]
    b = data[1]
    data[:] = [a * factor, b * factor]


def add() -> None:
    data.append(5)


def look() -> None:
    global total
    total = sum(data)


threads = [threading.Thread(target=scale, args=(10,)), threading.Thread(target=add), threading.Thread(target=look)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(data, total)
