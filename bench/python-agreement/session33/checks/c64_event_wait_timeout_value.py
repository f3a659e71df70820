import threading
import time

ready = threading.Event()
answers = []


def waiter():
    answers.append(ready.wait(timeout=0.02))
    answers.append(ready.wait(timeout=0.1))


def setter():
    time.sleep(0.05)
    ready.set()


threads = [threading.Thread(target=waiter), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(answers)
