# check: chained string methods (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append("  Hello World  ".strip().lower().replace(" ", "_"))
    parts.append("a-b-c".upper().split("-")[1])
    parts.append("x".join("abc"))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
