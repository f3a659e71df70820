import threading

state = {"n": 0}
log = []


def worker():
    for v in [state["n"], state["n"] + 1]:
        state["n"] += 10
        log.append(v)


t = threading.Thread(target=worker)
t.start()
t.join()
log.append(state["n"])
print(log)  # ordered
