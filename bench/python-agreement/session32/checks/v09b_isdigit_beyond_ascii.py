# "²".isdigit() in a thread: CPython True; weft imports it and faults in every run at its limit.
import threading

r = {}


def work(text):
    r["isdigit"] = 1 if text.isdigit() else 0


t = threading.Thread(target=work, args=("²",))
t.start()
t.join()
print(r)
