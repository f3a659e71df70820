# SILENT: string methods on a 4 KB string are costed at nothing; 3000 rounds of upper()+count() take ~100 ms in CPython, so the 10 ms wait times out ("no"), but weft claims "complete" with only "yes"
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
