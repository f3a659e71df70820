# check: replace with empty, count and missing
import threading

result = ""


def work():
    global result
    parts = []
    parts.append("aaa".replace("a", "b", 0))
    parts.append("aaa".replace("a", "b", -1))
    parts.append("abc".replace("", "-", 2))
    parts.append("abc".replace("x", "y"))
    parts.append("aaaa".replace("aa", "b"))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
