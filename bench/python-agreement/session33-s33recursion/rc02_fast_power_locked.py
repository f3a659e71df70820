# Fast exponentiation by squaring: each level takes the lock to count its multiplications
import threading

lock = threading.Lock()
multiplications = 0


def power(base, exponent):
    global multiplications
    if exponent == 0:
        return 1
    half = exponent // 2
    root = power(base, half)
    odd = exponent % 2
    with lock:
        multiplications += 1 + odd
    if odd:
        return root * root * base
    return root * root


results = []


def job(base, exponent):
    value = power(base, exponent)
    with lock:
        results.append(value)


threads = [threading.Thread(target=job, args=(3, 13)), threading.Thread(target=job, args=(2, 10))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results:", sorted(results), "multiplications:", multiplications)
