# check: divmod and % of floats (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(divmod(7.5, 2)))
    parts.append(str(divmod(-7.5, 2)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
