# check: Event.wait(timeout) returns False when unset, True when already set
import threading

answers = []
ready = threading.Event()


def check():
    answers.append(int(ready.wait(0.005)))
    ready.set()
    answers.append(int(ready.wait(0.005)))
    ready.clear()
    answers.append(int(ready.is_set()))


t = threading.Thread(target=check)
t.start()
t.join()
print(answers)
