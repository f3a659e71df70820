# A function passed as a parameter and called as a statement in a thread.
import threading

log = []


def add_entry(text):
    log.append(text)


def run_callback(cb, value):
    cb(value)


t = threading.Thread(target=run_callback, args=(add_entry, "hi"))
t.start()
t.join()
print(log)
