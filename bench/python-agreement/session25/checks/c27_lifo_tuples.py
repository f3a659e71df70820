# check: LifoQueue hands back the last tuple put first
import queue
import threading

stack = queue.LifoQueue()
popped = []


def pusher():
    for i, word in enumerate(["x", "y", "z"]):
        stack.put((i, word))


def popper():
    for _ in range(3):
        i, word = stack.get()
        popped.append(f"{i}{word}")


p = threading.Thread(target=pusher)
p.start()
p.join()
c = threading.Thread(target=popper)
c.start()
c.join()
order = "".join(popped)
print(order)
