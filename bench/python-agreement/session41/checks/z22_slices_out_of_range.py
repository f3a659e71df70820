# check: slices beyond the ends and with negative steps
import threading

result = ""


def work():
    global result
    parts = []
    parts.append("abc"[1:100])
    parts.append("abc"[-100:-1])
    parts.append("abc"[::-2])
    parts.append("abcdef"[-2:-5:-1])
    parts.append("abcdef"[4:1])
    parts.append("abcdef"[5:-10:-2])
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
