# check: sorting strings with digits
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(sorted(["b10", "b9", "a1"])))
    parts.append(str(sorted(["b10", "b9"], key=lambda s: int(s[1:]))))
    parts.append(str(sorted("bca")))
    parts.append(str(sorted([3, 1, 2], reverse=True)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
