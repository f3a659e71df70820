# check: Condition.wait() without the lock raises RuntimeError (caught)
import threading

msgs = []
cond = threading.Condition()


def impatient():
    try:
        cond.wait(timeout=0.01)
        msgs.append("waited")
    except RuntimeError as e:
        msgs.append(str(e))


t = threading.Thread(target=impatient)
t.start()
t.join()
print(msgs)
