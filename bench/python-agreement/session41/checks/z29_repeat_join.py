# check: repeat, join and len with escapes
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(len("a\tb")))
    parts.append(str(len("\\")))
    parts.append("-" * 3 + ">")
    parts.append("ab" * 0 + "|")
    parts.append(str(len("x" * 1000)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
