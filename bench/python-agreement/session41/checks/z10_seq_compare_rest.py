# check: comparisons of strings, tuples and lists (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str("abc" < "abd"))
    parts.append(str("abc" < "abcd"))
    parts.append(str("Z" < "a"))
    parts.append(str(None == 0))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
