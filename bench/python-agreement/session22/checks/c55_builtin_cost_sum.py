import threading

ev = threading.Event()
ready = "unknown"


def crunch(n):
    text = "abc,def;" * n
    total = 0
    for i in range(3000):
        total += text.upper().count("ABC")
    ev.set()


t = threading.Thread(target=crunch, args=(500,))
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
