# A bare division statement as a zero check.
import threading

zero = 0


def probe(ds):
    global zero
    for d in ds:
        try:
            10 / d
        except ZeroDivisionError:
            zero += 1


t = threading.Thread(target=probe, args=([1, 0, 2],))
t.start()
t.join()
print(zero)
