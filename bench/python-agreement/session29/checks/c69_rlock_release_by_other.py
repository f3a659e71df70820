import threading

rl = threading.RLock()
errors = 0


def intruder():
    global errors
    try:
        rl.release()
    except RuntimeError:
        errors += 1


rl.acquire()
t = threading.Thread(target=intruder)
t.start()
t.join()
rl.release()
print(errors)
