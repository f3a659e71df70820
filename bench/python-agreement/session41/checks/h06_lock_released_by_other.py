# check: a plain Lock may be released by a thread that did not acquire it
import threading

steps = []
gate = threading.Lock()
gate.acquire()


def opener():
    steps.append("open")
    gate.release()


t = threading.Thread(target=opener)
t.start()
got = gate.acquire(timeout=0.5)
steps.append(f"main got={got}")
t.join()
print(steps)
