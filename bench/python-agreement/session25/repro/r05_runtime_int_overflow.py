# FINDING (weft-start, a declared bound): an int that outgrows 64 bits at run time: CPython prints
# 22 (3**45 has 22 digits); weft ends every schedule in `fault`, "complete within 64-bit integers".
import threading

out = []


def grow():
    value = 1
    for _ in range(45):
        value *= 3
    out.append(len(str(value)))


t = threading.Thread(target=grow)
t.start()
t.join()
print(out)
