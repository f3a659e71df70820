# check: re.findall, re.sub, match groups
import threading
import re

result = ""


def work():
    global result
    parts = []
    parts.append(str(re.findall(r"\d+", "a1b22c333")))
    parts.append(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site ann@web"))
    parts.append(str(bool(re.match(r"ab*c$", "abbbc"))))
    parts.append(re.split(r"[,;]\s*", "a, b;c")[2])
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
