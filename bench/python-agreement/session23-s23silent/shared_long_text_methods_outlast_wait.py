# A shared string of 4,001 characters (a thread rebinds it first) upper-cased and counted 3,000 times: CPython "no".
import threading

ev = threading.Event()
ready = "unknown"
text = "abc,def;" * 500


def crunch():
    total = 0
    for i in range(3000):
        total += text.upper().count("ABC")
    ev.set()


def writer():
    global text
    text = text + "!"


w = threading.Thread(target=writer)
w.start()
w.join()
t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
