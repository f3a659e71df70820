# Check: str predicates and case: isdigit, isalpha, isupper, swapcase, capitalize, casefold-ish lower, strip chars. Bug: none.
import threading

out = []


def worker():
    out.append(str(int("123".isdigit()) + int("12a".isdigit()) * 10))
    out.append(str(int("abc".isalpha())))
    out.append(str("HeLLo".swapcase()))
    out.append(str("hELLO wORLD".capitalize()))
    out.append(str("xxhixx".strip("x")))
    out.append(str("Straße".upper()))
    out.append(str("abc"[::-1]))
    out.append(str("banana".count("an")))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
