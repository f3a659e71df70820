# Greenhouse: the pump thread checks a flag without the lock and then waits; the sensor sets the flag and notifies. Bug: lost wake-up (notify can come between the check and the wait; the wait timeout hides the hang).
import threading
import time

cond = threading.Condition()
dry = False
watered = 0
waited_out = 0


def pump():
    global watered, waited_out
    if not dry:
        time.sleep(0.001)
        with cond:
            got = cond.wait(timeout=0.1)
            if not got:
                waited_out += 1
    watered += 1


def sensor():
    global dry
    with cond:
        dry = True
        cond.notify()


p = threading.Thread(target=pump)
s = threading.Thread(target=sensor)
p.start()
s.start()
p.join()
s.join()
print(f"dry={dry} watered={watered} waited_out={waited_out}")
