# check: hash of a string varies between runs (hash randomization)
import threading


result = ""


def work():
    global result
    parts = []
    parts.append(str(hash("abc") % 7))
    parts.append(str(hash(42)))
    parts.append(str(hash((1, 2)) % 5))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
