# `for d in range(2, int(n ** 0.5) + 1):`, `math.isqrt(n)` and `int(math.sqrt(n))` in threads' trial
# division (session 18 f06's form): the bound an exact integer square root computed when the program
# runs; each thread counts its range's primes the three ways into a slot of its own.
# CPython 3.11.7 (5 runs): [8, 4] [20, 20], 5 of 5; weft explore: that one outcome, complete.
import math
import threading

counts = [0, 0]
checked = [0, 0]


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True


def is_prime_isqrt(n):
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return n >= 2


def is_prime_sqrt(n):
    if n < 2:
        return False
    for d in range(2, int(math.sqrt(n)) + 1):
        if n % d == 0:
            return False
    return True


def scan(slot, low, high):
    primes = 0
    agreeing = 0
    for n in range(low, high):
        prime = is_prime(n)
        if prime:
            primes += 1
        other = is_prime_isqrt(n)
        third = is_prime_sqrt(n)
        if other == prime and third == prime:
            agreeing += 1
    counts[slot] = primes
    checked[slot] = agreeing


if __name__ == "__main__":
    workers = [threading.Thread(target=scan, args=(i, 20 * i, 20 * i + 20)) for i in (0, 1)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(counts, checked)
    assert counts == [8, 4] and checked == [20, 20]
