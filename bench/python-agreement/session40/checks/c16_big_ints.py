# Check: big integers beyond 64 bits computed in a thread. Bug: none.
import threading

small = 0
wrapped = 0
digits = 0


def worker():
    global small, wrapped, digits
    big = 3 ** 50
    small = big % 1000
    wrapped = (2 ** 63) // 3 + (2 ** 64)
    digits = len(str(10 ** 25))
    small = small + (big > 2 ** 64)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"small={small} wrapped={wrapped} digits={digits}")
