# check: comparisons of strings, tuples and lists
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str("abc" < "abd"))
    parts.append(str("abc" < "abcd"))
    parts.append(str("Z" < "a"))
    parts.append(str((1, 2) < (1, 2, 0)))
    parts.append(str([1, 2] < [1, 3]))
    parts.append(str(None == 0))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
