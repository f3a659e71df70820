# check: max/min of strings with and without keys (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(max("apple", "Apple", "banana"))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
