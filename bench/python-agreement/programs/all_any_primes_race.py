"""all(...) and any(...) of generators over ranges known only at run time: two threads count primes
into one unlocked global with `found += 1`, so one count can be lost; int(n ** 0.5) is exact here."""
import threading
import time

found = 0
squares = []


def count_primes(low, high):
    global found
    for n in range(low, high):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            seen = found
            time.sleep(0.001)
            found = seen + 1
    squares.append(any(d * d == high for d in range(1, high)))


threads = [threading.Thread(target=count_primes, args=(lo, hi)) for lo, hi in ((2, 10), (10, 16))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(found, squares)
