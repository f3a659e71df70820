import threading
import time

state = {"seat": "held"}
lock = threading.Lock()
log = []


def expire():
    with lock:
        if state["seat"] == "held":
            state["seat"] = "free"
            log.append("expired")


def buyer(think_s):
    time.sleep(think_s)
    with lock:
        if state["seat"] == "held":
            state["seat"] = "sold"
            log.append("sold")
        else:
            log.append("too late")


timer = threading.Timer(0.01, expire)
timer.start()
b = threading.Thread(target=buyer, args=(0.002,))
b.start()
b.join()
timer.cancel()
timer.join()
log.append(state["seat"])
print(log)  # ordered
