# Check: Event.wait with a timeout that expires returns False; is_set; clear. Bug: none.
import threading

ev = threading.Event()
first = None
second = None
after_clear = None


def worker():
    global first, second, after_clear
    first = ev.wait(timeout=0.01)
    ev.set()
    second = ev.wait(0.01)
    ev.clear()
    after_clear = ev.is_set()


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"first={first} second={second} after_clear={after_clear}")
