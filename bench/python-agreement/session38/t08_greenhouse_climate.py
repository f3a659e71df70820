# A greenhouse controller: an RLock protects the climate state; `adjust` calls `set_vent` and
# `set_heater` which take the same lock again, so the reentrant lock is needed.
import threading
import time

state = {"temp": 18, "vent": "closed", "heater": "off"}
lock = threading.RLock()
actions = []


def set_vent(position):
    with lock:
        state["vent"] = position
        actions.append(f"vent {position}")


def set_heater(mode):
    with lock:
        state["heater"] = mode
        actions.append(f"heater {mode}")


def adjust(reading):
    with lock:
        state["temp"] = reading
        if reading > 25:
            set_vent("open")
            set_heater("off")
        elif reading < 15:
            set_vent("closed")
            set_heater("on")


def sensor(readings):
    for reading in readings:
        adjust(reading)
        time.sleep(0.001)


t1 = threading.Thread(target=sensor, args=([27, 20],))
t2 = threading.Thread(target=sensor, args=([12],))
t1.start()
t2.start()
t1.join()
t2.join()

print(f"state={state} actions={len(actions)}")
