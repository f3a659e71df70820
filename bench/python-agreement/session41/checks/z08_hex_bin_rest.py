# check: hex, bin, oct of negatives; int with base 0 and 36 (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(int("0b101", 0)))
    parts.append(str(int("z", 36)))
    parts.append(str(int("-0")))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
