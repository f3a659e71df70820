import threading

buffer = []
CAPACITY = 2
cond = threading.Condition()
consumed = []


def producer():
    for item in range(1, 6):
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(item)
            cond.notify_all()
    with cond:
        while len(buffer) >= CAPACITY:
            cond.wait()
        buffer.append(-1)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
            cond.notify_all()
        if item == -1:
            break
        consumed.append(item * 10)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
print("consumed:", consumed)
