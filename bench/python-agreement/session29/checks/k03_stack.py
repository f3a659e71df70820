# SCTBench stack_bad: push and pop each lock, but pop's emptiness check is outside the lock
import threading

SIZE = 2
stack = [0] * SIZE
top = 0
lock = threading.Lock()
underflows = 0
popped = []


def push(v):
    global top
    with lock:
        stack[top] = v
        top += 1


def pop():
    global top, underflows
    if top == 0:
        underflows += 1
        return
    with lock:
        top -= 1
        popped.append(stack[top])


def pusher():
    for v in (5, 6):
        push(v)


def popper():
    for _ in range(2):
        pop()


ts = [threading.Thread(target=pusher), threading.Thread(target=popper)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(top, underflows, popped)
