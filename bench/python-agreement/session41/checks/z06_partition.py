# check: partition, rpartition, splitlines
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str("a=b=c".partition("=")))
    parts.append(str("abc".rpartition("z")))
    parts.append(str("l1\nl2\r\nl3\n".splitlines()))
    parts.append(str("abc".find("")))
    parts.append(str("abc".rfind("")))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
