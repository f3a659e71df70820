# SILENT: the bool that Event.wait([timeout]), Condition.wait(timeout) and Condition.wait_for(pred, timeout) return is text "0"/"1" in weft, "False"/"True" in CPython
import threading

ev = threading.Event()
cond = threading.Condition()
texts = []


def worker():
    got = ev.wait(0.01)
    texts.append(f"event {got}")
    with cond:
        notified = cond.wait(0.01)
    texts.append(f"cond {notified}")
    with cond:
        ready = cond.wait_for(lambda: False, timeout=0.01)
    texts.append(f"wait_for {ready}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(texts)
