# A string doubled 11 times (`text = text + text`, 4,096 characters), then upper-cased and counted 3,000 times: CPython "no".
import threading

ev = threading.Event()
ready = "unknown"


def crunch():
    text = "ab"
    for i in range(11):
        text = text + text
    total = 0
    for i in range(3000):
        total += text.upper().count("AB")
    ev.set()


t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
