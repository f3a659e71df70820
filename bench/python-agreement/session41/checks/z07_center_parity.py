# check: center's padding split for odd and even widths
import threading

result = ""


def work():
    global result
    parts = []
    parts.append("[" + "abc".center(6) + "]")
    parts.append("[" + "ab".center(5) + "]")
    parts.append("[" + "a".center(4, "*") + "]")
    parts.append("[" + "abcd".center(7, "-") + "]")
    parts.append("[" + "ab".center(1) + "]")
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
