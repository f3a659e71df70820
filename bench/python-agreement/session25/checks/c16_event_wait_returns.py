# check: Event.wait(timeout) returns False when it times out and True when the event is set
import threading
import time

flag = threading.Event()
answers = []


def late_setter():
    time.sleep(0.05)
    flag.set()


t = threading.Thread(target=late_setter)
t.start()
answers.append(flag.wait(0.005))
answers.append(flag.wait(1.0))
answers.append(flag.is_set())
t.join()
first = answers[0]
second = answers[1]
print(answers)
