"""An int past 2**63 in a thread: Python's ints grow; weft's stop at 64 bits (announced in the claim)."""
import threading

digits = 0


def compute():
    global digits
    product = 1
    for n in range(1, 26):
        product *= n
    digits = len(str(product))


t = threading.Thread(target=compute)
t.start()
t.join()
print(digits)
