# check: partition, rpartition, splitlines (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str("a=b=c".partition("=")))
    parts.append(str("abc".rpartition("z")))
    parts.append(str("abc".find("")))
    parts.append(str("abc".rfind("")))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
