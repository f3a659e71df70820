# Check: integer division and modulo of negatives, round, abs, pow with modulus in a thread. Bug: none.
import threading

vals = []


def worker():
    for a, b in [(-7, 2), (7, -2), (-7, -2), (-1, 5)]:
        vals.append(a // b)
        vals.append(a % b)
    vals.append(round(2.5))
    vals.append(round(-3.5))
    vals.append(pow(3, 4, 7))
    vals.append(abs(-9) // 4)
    vals.append(int(-7 / 2))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"vals={vals}")
