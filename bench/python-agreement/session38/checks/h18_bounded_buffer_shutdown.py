# A bounded buffer with a Condition, two producers, one consumer, and a shutdown flag; the consumer
# drains what is left after the producers finish.
import threading

log = []
buffer = []
CAPACITY = 2
cond = threading.Condition()
state = {"producers": 2}


def producer(name, count):
    for i in range(count):
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(f"{name}{i}")
            cond.notify_all()
    with cond:
        state["producers"] -= 1
        cond.notify_all()


def consumer():
    taken = 0
    while True:
        with cond:
            while not buffer and state["producers"] > 0:
                cond.wait()
            if not buffer:
                break
            buffer.pop(0)
            taken += 1
            cond.notify_all()
    log.append(taken)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer, args=("a", 3)),
           threading.Thread(target=producer, args=("b", 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(len(buffer))
print(log)
