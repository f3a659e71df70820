# check: an RLock released by a thread that does not own it raises RuntimeError
import threading

outcome = []
rl = threading.RLock()
rl.acquire()


def intruder():
    try:
        rl.release()
        outcome.append("released")
    except RuntimeError:
        outcome.append("not owner")


t = threading.Thread(target=intruder)
t.start()
t.join()
rl.release()
outcome.append("main released")
print(outcome)
