import threading

cond = threading.Condition()
state = {"ready": 0}
log = []


def producer(n):
    with cond:
        state["ready"] += n
        cond.notify_all()


def consumer(need):
    with cond:
        cond.wait_for(lambda: state["ready"] >= need)
        state["ready"] -= need
        log.append(need)


threads = [threading.Thread(target=consumer, args=(3,)), threading.Thread(target=consumer, args=(1,)),
           threading.Thread(target=producer, args=(2,)), threading.Thread(target=producer, args=(2,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(state["ready"])
print(log)  # ordered
