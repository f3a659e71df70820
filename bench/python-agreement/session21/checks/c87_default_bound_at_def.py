# a default argument is evaluated when the def runs, not at the call
import threading

rate = 1
seen = []


def charge(amount, multiplier=rate):
    seen.append(amount * multiplier)


rate = 100
t = threading.Thread(target=charge, args=(5,))
t.start()
t.join()
print(seen)
