# BUG: unsynchronised stack: push and pop read and write top without a lock, so an element can be lost or popped twice
import threading

SIZE = 6
stack = [0] * SIZE
top = 0
popped = []


def push(value):
    global top
    index = top
    stack[index] = value
    top = index + 1


def pop():
    global top
    if top == 0:
        return None
    index = top - 1
    value = stack[index]
    top = index
    return value


def pusher():
    for v in (1, 2, 3):
        push(v)


def popper():
    for _ in range(3):
        value = pop()
        if value is not None:
            popped.append(value)


t1 = threading.Thread(target=pusher)
t2 = threading.Thread(target=popper)
t1.start()
t2.start()
t1.join()
t2.join()
remaining = stack[:top]
print("popped", popped, "remaining", remaining, "conserved", sorted(popped + remaining) == [1, 2, 3])
