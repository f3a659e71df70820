# Event.wait(timeout) returns False on a time-out, True when set; both stored.
import threading
import time

answers = []
ev = threading.Event()


def setter():
    time.sleep(0.02)
    ev.set()


def waiter():
    answers.append(ev.wait(0.005))
    answers.append(ev.wait(1))


threads = [threading.Thread(target=waiter), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(answers)
