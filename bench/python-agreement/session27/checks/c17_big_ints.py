"""Integers past 64 bits computed in a thread (Python ints do not overflow)."""
import threading

results: dict[str, int] = {}


def compute(base: int, exp: int) -> None:
    results["power"] = base**exp
    total = 1
    for i in range(1, 26):
        total *= i
    results["factorial25"] = total
    results["shifted"] = 1 << 70
    results["neg"] = -(2**63) - 1


t = threading.Thread(target=compute, args=(3, 45))
t.start()
t.join()
digits = len(str(results["power"]))
print(results, digits)
