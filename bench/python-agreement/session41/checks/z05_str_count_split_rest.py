# check: count is non-overlapping; split with explicit separators (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str("aaaa".count("aa")))
    parts.append(str("x".join([]) == ""))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
