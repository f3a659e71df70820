# Event.wait(t) gives False on a time-out, True when set; is_set() after clear()
import threading
import time

ev = threading.Event()
answers = []


def late_setter():
    time.sleep(0.05)
    ev.set()


threading.Thread(target=late_setter).start()
answers.append(1 if ev.wait(0.01) else 0)
answers.append(1 if ev.wait(0.5) else 0)
ev.clear()
answers.append(1 if ev.is_set() else 0)
print(answers)
