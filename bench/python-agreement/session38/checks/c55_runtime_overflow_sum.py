# ordered
# Doubling a counter 70 times in a thread: CPython's ints do not overflow.
import threading

log = []
state = {"value": 1}


def doubler(times):
    for _ in range(times):
        state["value"] = state["value"] * 2
    log.append(state["value"] > 0)
    log.append(state["value"] // 2 ** 60)


t = threading.Thread(target=doubler, args=(70,))
t.start()
t.join()
print(log)
