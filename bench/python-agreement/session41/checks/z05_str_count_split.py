# check: count is non-overlapping; split with explicit separators
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str("aaaa".count("aa")))
    parts.append(str("a,b,,c".split(",")))
    parts.append(str("a b  c".split(" ")))
    parts.append(str("  a  ".split(" ")))
    parts.append(str("x".join([]) == ""))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
