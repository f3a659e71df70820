# try / except / else / finally run in Python's order, in a thread
import threading

log = []


def step(value):
    try:
        result = 10 // value
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else " + str(result))
    finally:
        log.append("finally")


for v in [2, 0]:
    t = threading.Thread(target=step, args=(v,))
    t.start()
    t.join()
print(log)
