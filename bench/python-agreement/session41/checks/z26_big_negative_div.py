# check: floor division and modulo of large negatives
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(-(10 ** 18) // 7))
    parts.append(str(-(10 ** 18) % 7))
    parts.append(str((10 ** 18) // -7))
    parts.append(str(-9223372036854775807 // 2))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
