# no bug: a waiter woken by set() returns True even when the flag is cleared again at once (Event.wait returns the condition's wake-up)
import threading
import time

go = threading.Event()
woke = 0


def waiter():
    global woke
    if go.wait():
        woke = 1


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.005)
go.set()
go.clear()
t.join()
print("woke", woke)
