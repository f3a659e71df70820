# Numeric texts and floor arithmetic computed in a thread: values CPython prints exactly.
import threading

texts = []
numbers = []


def compute():
    texts.append(str(0.1 + 0.2))
    texts.append(repr(1e16))
    texts.append(f"{2.5:.0f}")
    texts.append(str(round(2.675, 2)))
    texts.append("%05.1f" % 3.14159)
    texts.append(str(1 / 3))
    texts.append(str(2.0 ** 0.5))
    numbers.append(-7 // 2)
    numbers.append(-7 % 3)
    numbers.append(int(-3.7))
    numbers.append(round(-2.5))
    numbers.append(round(3.5))
    numbers.append(7 // -2)


t = threading.Thread(target=compute)
t.start()
t.join()
print(texts, numbers)
