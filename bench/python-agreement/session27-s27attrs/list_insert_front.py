# `insert` at the front, before the last item and past the end, racing an `append`.
import threading

queue_front: list[int] = [1, 2]
first = 0


def urgent() -> None:
    queue_front.insert(0, 10)
    queue_front.insert(-1, 20)
    queue_front.insert(100, 30)
    queue_front.insert(-100, 40)


def normal() -> None:
    queue_front.append(50)


def peek() -> None:
    global first
    first = queue_front[0]


threads = [threading.Thread(target=f) for f in (urgent, normal, peek)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(queue_front, first)
